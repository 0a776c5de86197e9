package dev.starling.engine.nn;

import dev.starling.engine.ops.Kernels;
import dev.starling.engine.ops.quant.QuantKernels;
import dev.starling.engine.tensor.Storage;

/**
 * A {@link Projection} over any tensor storage the quantised kernels accept (Q4_0 from GGUF,
 * for instance), through {@link QuantKernels}: one matrix-vector product per row of x.
 */
public final class StorageProjection implements Projection {
    private final Storage storage;
    private final int out;
    private final int in;
    private final long bytes;

    /** @param storage W [out, in] row-major (GGUF's layout) */
    public StorageProjection(Storage storage, int out, int in, long bytes) {
        if (storage.length() != (long) out * in) {
            throw new IllegalArgumentException("storage holds " + storage.length() + " values, not " + out + " x " + in);
        }
        this.storage = storage;
        this.out = out;
        this.in = in;
        this.bytes = bytes;
    }

    @Override
    public int in() {
        return in;
    }

    @Override
    public int out() {
        return out;
    }

    @Override
    public void apply(Kernels kernels, float[] x, int m, float[] y) {
        QuantKernels.vector(kernels.parallel()).matmul(storage, out, in, x, m, y);
    }

    @Override
    public long bytes() {
        return bytes;
    }
}
