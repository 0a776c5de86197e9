package dev.starling.analysis.engagement;

/** The settings the shipped model and the published table use. */
public final class EngagementDefaults {
    /** The latest 20% of posts (by time) are the held-out future. */
    public static final double TEST_FRACTION = 0.2;
    /** 2^12 text slots: enough for two accounts' vocabularies, small enough to ship. */
    public static final int HASH_BITS = 12;
    /** The ridge penalties tried on the last part of the training period. */
    public static final double[] LAMBDAS = {3, 10, 30, 100, 300, 1000};

    private EngagementDefaults() {
    }
}
