package dev.starling.analysis.recommend;

import java.util.List;

/**
 * Scores many blends of the same signals at once: per user each signal is computed and
 * standardised once, then every weight vector's blend is ranked. The held-out item's rank r is
 * 1 + the number of unseen items scoring strictly higher (ties in its favour; a grid search needs
 * no finer order), so nDCG@k = [r <= k] / log2(r + 1).
 */
final class WeightGrid {
    private WeightGrid() {
    }

    /** Mean nDCG@k over the split's users for each weight vector (parallel to {@code signals}). */
    static double[] ndcg(LeaveLastOut.Split split, List<Ranker> signals, List<double[]> weights, int k) {
        int items = split.train().items();
        float[][] z = new float[signals.size()][items];
        boolean[] seen = new boolean[items];
        float[] blend = new float[items];
        double[] sum = new double[weights.size()];
        for (int n = 0; n < split.users().length; n++) {
            int u = split.users()[n];
            for (int s = 0; s < signals.size(); s++) {
                signals.get(s).score(u, split.testTime()[n], z[s]);
                BlendRanker.standardize(z[s]);
            }
            for (int i : split.train().itemsOf(u)) {
                seen[i] = true;
            }
            for (int g = 0; g < weights.size(); g++) {
                java.util.Arrays.fill(blend, 0f);
                double[] w = weights.get(g);
                for (int s = 0; s < w.length; s++) {
                    if (w[s] != 0) {
                        Vectors.axpy((float) w[s], z[s], blend);
                    }
                }
                int rank = rank(blend, split.testItem()[n], seen);
                sum[g] += rank <= k ? 1 / (Math.log(rank + 1) / Math.log(2)) : 0;
            }
            for (int i : split.train().itemsOf(u)) {
                seen[i] = false;
            }
        }
        for (int g = 0; g < sum.length; g++) {
            sum[g] /= split.users().length;
        }
        return sum;
    }

    private static int rank(float[] scores, int item, boolean[] seen) {
        float t = scores[item];
        int r = 1;
        for (int i = 0; i < scores.length; i++) {
            if (!seen[i] && scores[i] > t) {
                r++;
            }
        }
        return r;
    }
}
