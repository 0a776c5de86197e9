package dev.starling.analysis.recommend;

/**
 * Scores every item for one user: higher is a better recommendation. Rankers are both the
 * baselines and the signals that {@link BlendRanker} mixes. They see only the training
 * interactions they were built from, and {@code asOf} (the moment of the recommendation), so a
 * time-ordered evaluation can never show them the future.
 */
public interface Ranker {
    /** A short name for tables ("popularity", "als" …). */
    String name();

    /**
     * Writes a score for every item into {@code out} (length = item count). Items the user has
     * already seen may get any score: the caller masks them.
     *
     * @param user a user of the training interactions
     * @param asOf epoch seconds of the recommendation
     */
    void score(int user, long asOf, float[] out);
}
