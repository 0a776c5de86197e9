package dev.starling.analysis.recommend;

/**
 * Content similarity: the user's profile is the recency-weighted sum of the vectors of what they
 * touched before {@code asOf}; an item scores the cosine between its vector and the profile.
 * Item vectors are L2-normalised by the caller (sentence embeddings of posts, tag or genre
 * profiles of artists and films), shape [items, d].
 */
public final class ContentRanker implements Ranker {
    private final Interactions train;
    private final float[][] vectors;
    private final double tau;

    public ContentRanker(Interactions train, float[][] itemVectors, double halfLifeSeconds) {
        if (itemVectors.length != train.items()) {
            throw new IllegalArgumentException("one vector per item: " + itemVectors.length + " != " + train.items());
        }
        this.train = train;
        this.vectors = itemVectors;
        this.tau = HistoryWeights.tau(halfLifeSeconds);
    }

    @Override
    public String name() {
        return "content";
    }

    @Override
    public void score(int user, long asOf, float[] out) {
        float[] profile = profile(user, asOf);
        for (int i = 0; i < out.length; i++) {
            out[i] = Vectors.dot(profile, vectors[i]);
        }
    }

    /** The user's taste vector [d], L2-normalised (zero when they have no history). */
    public float[] profile(int user, long asOf) {
        int d = vectors.length == 0 ? 0 : vectors[0].length;
        float[] p = new float[d];
        int[] it = train.itemsOf(user);
        long[] ts = train.timesOf(user);
        for (int j = 0; j < it.length && ts[j] <= asOf; j++) {
            Vectors.axpy((float) HistoryWeights.of(ts[j], asOf, tau), vectors[it[j]], p);
        }
        Vectors.normalize(p);
        return p;
    }
}
