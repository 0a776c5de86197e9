package dev.starling.engine.nn;

import dev.starling.engine.ops.Activation;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.ops.PackedMatrix;

/** A float32 {@link Projection}: W packed once for the backend's {@code linear} kernel. */
public final class F32Projection implements Projection {
    private final PackedMatrix packed;

    private F32Projection(PackedMatrix packed) {
        this.packed = packed;
    }

    /** From W [out, in] row-major (HF / GGUF orientation). */
    public static F32Projection ofOutIn(Kernels kernels, float[] w, int out, int in) {
        return new F32Projection(kernels.packTransposed(w, in, out));
    }

    /** From W stored [in, out] row-major (GPT-2's Conv1D and ONNX orientation). */
    public static F32Projection ofInOut(Kernels kernels, float[] w, int in, int out) {
        return new F32Projection(kernels.pack(w, in, out));
    }

    @Override
    public int in() {
        return packed.k();
    }

    @Override
    public int out() {
        return packed.n();
    }

    @Override
    public void apply(Kernels kernels, float[] x, int m, float[] y) {
        kernels.linear(x, m, packed, null, Activation.NONE, y);
    }

    @Override
    public long bytes() {
        return packed.bytes();
    }
}
