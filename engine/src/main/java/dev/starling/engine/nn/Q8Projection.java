package dev.starling.engine.nn;

import dev.starling.engine.ops.Kernels;
import dev.starling.engine.ops.Q8Matrix;

/** A Q8_0 {@link Projection}: int8 blocks of 32 with a scale each, multiplied without dequantising W. */
public final class Q8Projection implements Projection {
    private final Q8Matrix matrix;

    public Q8Projection(Q8Matrix matrix) {
        this.matrix = matrix;
    }

    /** Quantises every matrix it is given: a model at Q8_0 from float weights. */
    public static ProjectionFactory factory() {
        return (w, out, in) -> new Q8Projection(Q8Matrix.quantize(w, out, in));
    }

    @Override
    public int in() {
        return matrix.in();
    }

    @Override
    public int out() {
        return matrix.out();
    }

    @Override
    public void apply(Kernels kernels, float[] x, int m, float[] y) {
        matrix.multiply(kernels.parallel(), x, m, y);
    }

    /** All of {@code ps} as one parallel loop when every one is Q8_0; false (nothing done) otherwise. */
    static boolean applyAll(Kernels kernels, float[] x, int m, Projection[] ps, float[][] ys) {
        Q8Matrix[] ws = new Q8Matrix[ps.length];
        for (int i = 0; i < ps.length; i++) {
            if (!(ps[i] instanceof Q8Projection q)) {
                return false;
            }
            ws[i] = q.matrix;
        }
        Q8Matrix.multiplyAll(kernels.parallel(), x, m, ws, ys);
        return true;
    }

    @Override
    public long bytes() {
        return matrix.bytes();
    }

    @Override
    public boolean splitsRows() {
        return true;
    }

    @Override
    public void applyRows(float[] x, float[] y, int from, int to) {
        matrix.multiplyRows(x, y, from, to);
    }
}
