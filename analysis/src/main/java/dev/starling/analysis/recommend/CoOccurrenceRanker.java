package dev.starling.analysis.recommend;

import java.util.Arrays;

/**
 * Item-to-item collaborative similarity ("people who took this also took"): {@code sim(i, j) =
 * co(i, j) / sqrt(n_i n_j)}, the cosine of the two items' user sets, keeping each item's
 * {@code k} nearest neighbours. A user's score for item j is the recency-weighted sum of
 * {@code sim(h, j)} over their history h.
 *
 * <p>Cost of building: sum over users of |history|^2 counter updates.
 */
public final class CoOccurrenceRanker implements Ranker {
    private final Interactions train;
    private final int[][] neighbours;
    private final float[][] similarity;
    private final double tau;

    public CoOccurrenceRanker(Interactions train, int k, double halfLifeSeconds) {
        this.train = train;
        this.tau = HistoryWeights.tau(halfLifeSeconds);
        int items = train.items();
        int[][] usersOf = usersOf(train);
        int[] n = train.itemCounts();
        neighbours = new int[items][];
        similarity = new float[items][];
        float[] co = new float[items];
        int[] touched = new int[items];
        for (int a = 0; a < items; a++) {
            int m = 0;
            for (int u : usersOf[a]) {
                for (int b : train.itemsOf(u)) {
                    if (b != a && co[b]++ == 0) {
                        touched[m++] = b;
                    }
                }
            }
            float[] sim = new float[items];
            Arrays.fill(sim, Float.NaN);
            for (int j = 0; j < m; j++) {
                int b = touched[j];
                sim[b] = (float) (co[b] / Math.sqrt((double) n[a] * n[b]));
                co[b] = 0;
            }
            neighbours[a] = TopK.of(sim, Math.min(k, m), null);
            similarity[a] = new float[neighbours[a].length];
            for (int j = 0; j < neighbours[a].length; j++) {
                similarity[a][j] = sim[neighbours[a][j]];
            }
        }
    }

    @Override
    public String name() {
        return "co-occurrence";
    }

    @Override
    public void score(int user, long asOf, float[] out) {
        Arrays.fill(out, 0f);
        int[] it = train.itemsOf(user);
        long[] ts = train.timesOf(user);
        for (int h = 0; h < it.length && ts[h] <= asOf; h++) {
            float w = (float) HistoryWeights.of(ts[h], asOf, tau);
            int[] nb = neighbours[it[h]];
            float[] s = similarity[it[h]];
            for (int j = 0; j < nb.length; j++) {
                out[nb[j]] += w * s[j];
            }
        }
    }

    static int[][] usersOf(Interactions train) {
        int[] n = train.itemCounts();
        int[][] r = new int[train.items()][];
        for (int i = 0; i < r.length; i++) {
            r[i] = new int[n[i]];
        }
        int[] fill = new int[train.items()];
        for (int u = 0; u < train.users(); u++) {
            for (int i : train.itemsOf(u)) {
                r[i][fill[i]++] = u;
            }
        }
        return r;
    }
}
