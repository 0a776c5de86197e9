package dev.starling.analysis.influence;

import java.util.Arrays;

/**
 * Weighted PageRank by power iteration.
 *
 * <p>For {@code n} nodes and weighted edges {@code u → v} (weight {@code w_uv > 0}, parallel edges add up),
 * with out-strength {@code W_u = Σ_v w_uv} and damping {@code d}:
 * <pre>
 *   r'[v] = (1 − d)/n + d · ( Σ_{u→v} r[u] · w_uv / W_u  +  D/n ),   D = Σ_{u : W_u = 0} r[u]
 * </pre>
 * The rank of dangling nodes (no out-edges) is spread evenly over all nodes, so {@code Σ r = 1} at every
 * step. Iterates from the uniform vector until the L1 change is below {@code tolerance} or
 * {@code maxIterations} is reached.
 *
 * @param damping       the damping factor d (0.85 in the original paper)
 * @param tolerance     L1 convergence threshold
 * @param maxIterations safety cap
 */
public record PageRank(double damping, double tolerance, int maxIterations) {
    public PageRank {
        if (!(damping > 0 && damping < 1)) {
            throw new IllegalArgumentException("damping must be in (0, 1): " + damping);
        }
    }

    public static PageRank standard() {
        return new PageRank(0.85, 1e-10, 200);
    }

    /**
     * The ranks of nodes {@code 0..n-1}. Edges are given as parallel arrays, shape [E] each.
     *
     * @return r, shape [n], Σ r = 1
     */
    public double[] rank(int n, int[] from, int[] to, double[] weight) {
        if (from.length != to.length || from.length != weight.length) {
            throw new IllegalArgumentException("edge arrays differ in length");
        }
        if (n == 0) {
            return new double[0];
        }
        double[] out = new double[n];
        for (int e = 0; e < from.length; e++) {
            out[from[e]] += weight[e];
        }
        double[] r = new double[n];
        Arrays.fill(r, 1.0 / n);
        double[] next = new double[n];
        for (int it = 0; it < maxIterations; it++) {
            double dangling = 0;
            for (int u = 0; u < n; u++) {
                if (out[u] == 0) {
                    dangling += r[u];
                }
            }
            Arrays.fill(next, (1 - damping) / n + damping * dangling / n);
            for (int e = 0; e < from.length; e++) {
                next[to[e]] += damping * r[from[e]] * weight[e] / out[from[e]];
            }
            double delta = 0;
            for (int v = 0; v < n; v++) {
                delta += Math.abs(next[v] - r[v]);
            }
            double[] t = r;
            r = next;
            next = t;
            if (delta < tolerance) {
                break;
            }
        }
        return r;
    }
}
