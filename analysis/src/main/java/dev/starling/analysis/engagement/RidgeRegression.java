package dev.starling.analysis.engagement;

import dev.starling.analysis.ngrams.SparseVector;

import java.util.List;

/**
 * Ridge regression on sparse rows: {@code w = argmin ||X w − y||² + λ ||w||²}, solved by conjugate
 * gradients on the normal equations {@code (XᵀX + λI) w = Xᵀy} without forming {@code XᵀX}
 * ({@code X: [N, D]} sparse, {@code D} up to ~10⁵). Deterministic: no randomness, fixed order.
 */
public final class RidgeRegression {
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-6;

    private RidgeRegression() {
    }

    /** Fits {@code w: [dimension]} to rows {@code x} and targets {@code y}. */
    public static float[] fit(List<SparseVector> x, double[] y, int dimension, double lambda) {
        if (x.size() != y.length) {
            throw new IllegalArgumentException(x.size() + " rows but " + y.length + " targets");
        }
        double[] w = new double[dimension];
        double[] r = transposeTimes(x, y, dimension);            // r = Xᵀy − (XᵀX + λI)·0
        double[] p = r.clone();
        double rr = dot(r, r);
        double stop = TOLERANCE * Math.max(rr, 1e-30);
        for (int it = 0; it < MAX_ITERATIONS && rr > stop; it++) {
            double[] ap = normalTimes(x, p, dimension, lambda);  // A p, A = XᵀX + λI
            double alpha = rr / dot(p, ap);
            for (int j = 0; j < dimension; j++) {
                w[j] += alpha * p[j];
                r[j] -= alpha * ap[j];
            }
            double next = dot(r, r);
            double beta = next / rr;
            for (int j = 0; j < dimension; j++) {
                p[j] = r[j] + beta * p[j];
            }
            rr = next;
        }
        float[] out = new float[dimension];
        for (int j = 0; j < dimension; j++) {
            out[j] = (float) w[j];
        }
        return out;
    }

    /** {@code (XᵀX + λI) v}. */
    private static double[] normalTimes(List<SparseVector> x, double[] v, int dimension, double lambda) {
        double[] xv = new double[x.size()];
        for (int i = 0; i < xv.length; i++) {
            SparseVector row = x.get(i);
            double s = 0;
            for (int k = 0; k < row.size(); k++) {
                s += row.values()[k] * v[row.indices()[k]];
            }
            xv[i] = s;
        }
        double[] out = transposeTimes(x, xv, dimension);
        for (int j = 0; j < dimension; j++) {
            out[j] += lambda * v[j];
        }
        return out;
    }

    /** {@code Xᵀ u}. */
    private static double[] transposeTimes(List<SparseVector> x, double[] u, int dimension) {
        double[] out = new double[dimension];
        for (int i = 0; i < u.length; i++) {
            SparseVector row = x.get(i);
            for (int k = 0; k < row.size(); k++) {
                out[row.indices()[k]] += row.values()[k] * u[i];
            }
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }
}
