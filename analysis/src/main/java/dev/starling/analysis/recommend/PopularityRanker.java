package dev.starling.analysis.recommend;

/** The baseline every recommender must beat: items by how many users touched them, the same list for everyone. */
public final class PopularityRanker implements Ranker {
    private final float[] logCount;

    public PopularityRanker(Interactions train) {
        int[] c = train.itemCounts();
        logCount = new float[c.length];
        for (int i = 0; i < c.length; i++) {
            logCount[i] = (float) Math.log1p(c[i]);
        }
    }

    @Override
    public String name() {
        return "popularity";
    }

    @Override
    public void score(int user, long asOf, float[] out) {
        System.arraycopy(logCount, 0, out, 0, logCount.length);
    }
}
