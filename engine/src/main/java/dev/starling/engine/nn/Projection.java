package dev.starling.engine.nn;

import dev.starling.engine.ops.Kernels;

/**
 * A weight matrix applied to rows of activations: y[M, out] = x[M, in] · Wᵀ, W stored [out, in]
 * (HuggingFace's nn.Linear and GGUF's orientation) in some dtype. During decoding M = 1 and the
 * cost is reading W once, so {@link #bytes()} is what a token costs in memory traffic.
 * Implementations: {@link F32Projection}; quantised ones live with their storage.
 */
public interface Projection {
    /** Input features (columns of W). */
    int in();

    /** Output features (rows of W). */
    int out();

    /** y[M, out] = x[M, in] · Wᵀ; overwrites y. May use all of {@code kernels}' threads. */
    void apply(Kernels kernels, float[] x, int m, float[] y);

    /** Bytes of weight data read per application. */
    long bytes();

    /**
     * Whether {@link #applyRows} works, so that a decoding step run as a team
     * ({@link dev.starling.engine.ops.Parallel#team}) can share this projection's rows out itself.
     */
    default boolean splitsRows() {
        return false;
    }

    /** y[from, to) = W[from, to) · x for one input row x [in], on the calling thread only. */
    default void applyRows(float[] x, float[] y, int from, int to) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " computes all its rows at once");
    }

    /**
     * y_i = x · W_iᵀ for projections that share their input (q, k, v; gate, up). Q8_0 ones run as
     * one parallel loop ({@link Q8Projection#applyAll}); others one after another.
     */
    static void applyAll(Kernels kernels, float[] x, int m, Projection[] ps, float[][] ys) {
        if (Q8Projection.applyAll(kernels, x, m, ps, ys)) {
            return;
        }
        for (int i = 0; i < ps.length; i++) {
            ps[i].apply(kernels, x, m, ys[i]);
        }
    }
}
