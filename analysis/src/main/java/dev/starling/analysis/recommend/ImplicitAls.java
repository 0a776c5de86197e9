package dev.starling.analysis.recommend;

import java.util.SplittableRandom;

/**
 * Plain matrix factorisation for implicit feedback (Hu, Koren, Volinsky 2008, "Collaborative
 * Filtering for Implicit Feedback Datasets"): preference p_ui = 1 for touched items, 0 otherwise,
 * confidence c_ui = 1 + alpha p_ui; alternately solve for user factors X [users, k] and item
 * factors Y [items, k] minimising sum c_ui (p_ui - x_u . y_i)^2 + lambda (|X|^2 + |Y|^2).
 *
 * <p>Each user's normal equations: (Y^T Y + alpha sum_{i in I_u} y_i y_i^T + lambda I) x_u =
 * (1 + alpha) sum_{i in I_u} y_i, solved by Cholesky ([k, k]); items likewise. Deterministic for a
 * given seed (the initial factors are its only randomness).
 */
public final class ImplicitAls implements Ranker {
    private final int k;
    private final float[][] x;
    private final float[][] y;

    /** Trains {@code iterations} alternating sweeps. */
    public ImplicitAls(Interactions train, int k, double alpha, double lambda, int iterations, long seed) {
        this.k = k;
        SplittableRandom rnd = new SplittableRandom(seed);
        x = init(train.users(), k, rnd);
        y = init(train.items(), k, rnd);
        int[][] itemsOf = new int[train.users()][];
        for (int u = 0; u < itemsOf.length; u++) {
            itemsOf[u] = train.itemsOf(u);
        }
        int[][] usersOf = CoOccurrenceRanker.usersOf(train);
        for (int it = 0; it < iterations; it++) {
            solveAll(x, y, itemsOf, alpha, lambda);
            solveAll(y, x, usersOf, alpha, lambda);
        }
    }

    @Override
    public String name() {
        return "als";
    }

    @Override
    public void score(int user, long asOf, float[] out) {
        float[] xu = x[user];
        for (int i = 0; i < out.length; i++) {
            out[i] = Vectors.dot(xu, y[i]);
        }
    }

    /** Item factors [items, k]. Shared: do not modify. */
    public float[][] itemFactors() {
        return y;
    }

    private static float[][] init(int n, int k, SplittableRandom rnd) {
        float[][] m = new float[n][k];
        for (float[] row : m) {
            for (int j = 0; j < k; j++) {
                row[j] = (float) (rnd.nextGaussian() * 0.01);
            }
        }
        return m;
    }

    /** Solves every row of {@code target} with {@code fixed} held: rows[r] lists the fixed rows it touched. */
    private void solveAll(float[][] target, float[][] fixed, int[][] rows, double alpha, double lambda) {
        double[] gram = new double[k * k];
        for (float[] f : fixed) {
            for (int a = 0; a < k; a++) {
                for (int b = 0; b <= a; b++) {
                    gram[a * k + b] += f[a] * f[b];
                }
            }
        }
        double[] m = new double[k * k];
        double[] rhs = new double[k];
        for (int r = 0; r < target.length; r++) {
            System.arraycopy(gram, 0, m, 0, m.length);
            java.util.Arrays.fill(rhs, 0);
            for (int c : rows[r]) {
                float[] f = fixed[c];
                for (int a = 0; a < k; a++) {
                    double fa = alpha * f[a];
                    for (int b = 0; b <= a; b++) {
                        m[a * k + b] += fa * f[b];
                    }
                    rhs[a] += (1 + alpha) * f[a];
                }
            }
            for (int a = 0; a < k; a++) {
                m[a * k + a] += lambda;
            }
            Cholesky.solveLowerInPlace(m, rhs, k);
            for (int a = 0; a < k; a++) {
                target[r][a] = (float) rhs[a];
            }
        }
    }
}
