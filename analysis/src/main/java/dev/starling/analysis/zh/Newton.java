package dev.starling.analysis.zh;

import dev.starling.analysis.ngrams.NgramLogisticModel;

/**
 * L2-regularised logistic regression by Newton's method (iteratively reweighted least squares):
 * w ← w − H⁻¹g with g = Zᵀ(p − y)/n + λw and H = Zᵀ diag(p(1−p)) Z/n + λI, the last column of Z
 * being the unregularised bias. Solved by Cholesky, since H is symmetric positive definite.
 */
final class Newton {
    static final int MAX_STEPS = 25;
    static final double TOLERANCE = 1e-9;

    private Newton() {
    }

    /** The weights (bias last) minimising the regularised mean log-loss on rows {@code z}. */
    static double[] logistic(double[][] z, boolean[] y, double l2) {
        int n = z.length;
        int k = z[0].length;
        double[] w = new double[k];
        for (int step = 0; step < MAX_STEPS; step++) {
            double[] g = new double[k];
            double[][] h = new double[k][k];
            for (int i = 0; i < n; i++) {
                double[] row = z[i];
                double dot = 0;
                for (int j = 0; j < k; j++) {
                    dot += row[j] * w[j];
                }
                double p = NgramLogisticModel.sigmoid(dot);
                double err = (p - (y[i] ? 1 : 0)) / n;
                double s = p * (1 - p) / n;
                for (int a = 0; a < k; a++) {
                    g[a] += err * row[a];
                    double sa = s * row[a];
                    double[] ha = h[a];
                    for (int b = 0; b <= a; b++) {
                        ha[b] += sa * row[b];
                    }
                }
            }
            for (int a = 0; a < k; a++) {
                double reg = a == k - 1 ? 1e-10 : l2;
                g[a] += a == k - 1 ? 0 : l2 * w[a];
                h[a][a] += reg;
            }
            double[] delta = solveCholesky(h, g);
            double size = 0;
            for (int a = 0; a < k; a++) {
                w[a] -= delta[a];
                size = Math.max(size, Math.abs(delta[a]));
            }
            if (size < TOLERANCE) {
                break;
            }
        }
        return w;
    }

    /** Solves H x = g for symmetric positive definite H, given by its lower triangle (overwritten). */
    static double[] solveCholesky(double[][] h, double[] g) {
        int k = g.length;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b <= a; b++) {
                double s = h[a][b];
                for (int c = 0; c < b; c++) {
                    s -= h[a][c] * h[b][c];
                }
                if (a == b) {
                    if (s <= 0) {
                        throw new ArithmeticException("Hessian not positive definite at " + a);
                    }
                    h[a][a] = Math.sqrt(s);
                } else {
                    h[a][b] = s / h[b][b];
                }
            }
        }
        double[] v = new double[k];
        for (int a = 0; a < k; a++) {
            double s = g[a];
            for (int c = 0; c < a; c++) {
                s -= h[a][c] * v[c];
            }
            v[a] = s / h[a][a];
        }
        for (int a = k - 1; a >= 0; a--) {
            double s = v[a];
            for (int c = a + 1; c < k; c++) {
                s -= h[c][a] * v[c];
            }
            v[a] = s / h[a][a];
        }
        return v;
    }
}
