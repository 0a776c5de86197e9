package dev.starling.engine.nn;

import dev.starling.engine.ops.Kernels;

/**
 * Makes a {@link Projection} from float weights W [out, in]: the storage choice (float32, Q8_0 …)
 * in one place, so a model can be built at any precision from the same floats.
 */
@FunctionalInterface
public interface ProjectionFactory {
    Projection ofOutIn(float[] w, int out, int in);

    /** Float32, packed for {@code kernels}. */
    static ProjectionFactory f32(Kernels kernels) {
        return (w, out, in) -> F32Projection.ofOutIn(kernels, w, out, in);
    }
}
