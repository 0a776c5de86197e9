package dev.starling.engine.ops;

/**
 * A weight matrix B [K, N] laid out by a {@link Kernels} backend for its {@code linear} kernel
 * (the layout is the backend's business: row-major for the reference, column panels for the
 * vector backend). Pack once at model load, use for every batch.
 */
public abstract class PackedMatrix {
    private final int k;
    private final int n;

    protected PackedMatrix(int k, int n) {
        this.k = k;
        this.n = n;
    }

    /** Rows of B: the input features. */
    public final int k() {
        return k;
    }

    /** Columns of B: the output features. */
    public final int n() {
        return n;
    }

    /** Reads element B[row, col] back (for tests and for converting between backends). */
    public abstract float get(int row, int col);

    /** Bytes of weight data held. */
    public abstract long bytes();
}
