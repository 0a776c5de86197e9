package dev.starling.engine.ops.quant;

import dev.starling.engine.ops.Parallel;
import dev.starling.engine.tensor.Storage;

/**
 * Products of a weight matrix W [rows, cols] (row-major; Q8_0/Q4_0 rows are cols / 32 blocks, as in
 * a GGUF tensor with dims {cols, rows}) with float activations. Every storage type is accepted;
 * implementations have fast paths for some of them.
 */
public interface QuantKernels {
    /** Backend name, e.g. {@code "scalar"}. */
    String name();

    /** y[yOff + r] = Σ_c W[r, c] · x[xOff + c] for r in [0, rows). Overwrites y. */
    void matvec(Storage w, int rows, int cols, float[] x, int xOff, float[] y, int yOff);

    /** y[n, rows] = x[n, cols] · Wᵀ: one {@link #matvec} per row of x. */
    default void matmul(Storage w, int rows, int cols, float[] x, int n, float[] y) {
        for (int i = 0; i < n; i++) {
            matvec(w, rows, cols, x, i * cols, y, i * rows);
        }
    }

    /** The naive reference. */
    static QuantKernels scalar() {
        return new ScalarQuantKernels();
    }

    /** Vector API kernels, parallel over output rows on {@code pool}. */
    static QuantKernels vector(Parallel pool) {
        return new VectorQuantKernels(pool);
    }

    /** Checks that w holds rows × cols elements and that x and y are long enough. */
    static void check(Storage w, int rows, int cols, float[] x, int xOff, float[] y, int yOff) {
        if (rows < 0 || cols < 0 || w.length() != (long) rows * cols) {
            throw new IllegalArgumentException("weights hold " + w.length() + " elements, not " + rows + " × " + cols);
        }
        if (cols % w.dtype().blockSize() != 0) {
            throw new IllegalArgumentException(w.dtype() + " rows must be whole blocks of " + w.dtype().blockSize()
                    + ", got " + cols + " columns");
        }
        if (xOff < 0 || xOff > x.length - cols || yOff < 0 || yOff > y.length - rows) {
            throw new IllegalArgumentException("x or y too short for a [" + rows + ", " + cols + "] matvec");
        }
    }
}
