package dev.starling.engine.autograd;

/** Small array helpers shared by the backward passes. */
final class Matrices {
    private static final int BLOCK = 32;

    private Matrices() {
    }

    /** [rows, cols] → [cols, rows], in cache-sized blocks. */
    static float[] transpose(float[] a, int rows, int cols) {
        float[] t = new float[rows * cols];
        for (int i0 = 0; i0 < rows; i0 += BLOCK) {
            int i1 = Math.min(rows, i0 + BLOCK);
            for (int j0 = 0; j0 < cols; j0 += BLOCK) {
                int j1 = Math.min(cols, j0 + BLOCK);
                for (int i = i0; i < i1; i++) {
                    for (int j = j0; j < j1; j++) {
                        t[j * rows + i] = a[i * cols + j];
                    }
                }
            }
        }
        return t;
    }

    /** acc[j] += Σ_i m[i, j] over rows of {@code cols}. */
    static void addColumnSums(float[] m, int rows, int cols, float[] acc) {
        for (int i = 0; i < rows; i++) {
            int o = i * cols;
            for (int j = 0; j < cols; j++) {
                acc[j] += m[o + j];
            }
        }
    }

    /** acc += delta, element-wise. */
    static void addInto(float[] acc, float[] delta) {
        for (int i = 0; i < delta.length; i++) {
            acc[i] += delta[i];
        }
    }

    /** Rows of x given that its last dimension is {@code cols}. */
    static int rows(Variable x, int cols) {
        if (x.size() % cols != 0) {
            throw new IllegalArgumentException(x + " does not have a last dimension of " + cols);
        }
        return x.size() / cols;
    }
}
