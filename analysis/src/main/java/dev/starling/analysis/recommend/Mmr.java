package dev.starling.analysis.recommend;

/**
 * Maximal marginal relevance (Carbonell and Goldstein 1998): pick, one at a time, the candidate
 * maximising {@code lambda rel(i) - (1 - lambda) max_{j picked} cos(v_i, v_j)}, so the list does
 * not repeat one thing. Relevance is min-max scaled to [0, 1] over the candidates, to share the
 * cosine's scale. lambda = 1 is plain ranking.
 */
public final class Mmr {
    private Mmr() {
    }

    /**
     * @param candidates item ids, best first
     * @param relevance  score per item id
     * @param vectors    L2-normalised vector per item id
     * @return at most {@code k} of the candidates in MMR order
     */
    public static int[] rerank(int[] candidates, float[] relevance, float[][] vectors, double lambda, int k) {
        int n = candidates.length;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int c : candidates) {
            lo = Math.min(lo, relevance[c]);
            hi = Math.max(hi, relevance[c]);
        }
        double span = hi > lo ? hi - lo : 1;
        double[] maxSim = new double[n];
        java.util.Arrays.fill(maxSim, 0);
        boolean[] taken = new boolean[n];
        int[] out = new int[Math.min(k, n)];
        for (int r = 0; r < out.length; r++) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (taken[j]) {
                    continue;
                }
                double s = lambda * (relevance[candidates[j]] - lo) / span - (r == 0 ? 0 : (1 - lambda) * maxSim[j]);
                if (s > bestScore) {
                    bestScore = s;
                    best = j;
                }
            }
            taken[best] = true;
            out[r] = candidates[best];
            for (int j = 0; j < n; j++) {
                if (!taken[j]) {
                    maxSim[j] = Math.max(maxSim[j], Vectors.dot(vectors[candidates[j]], vectors[out[r]]));
                }
            }
        }
        return out;
    }
}
