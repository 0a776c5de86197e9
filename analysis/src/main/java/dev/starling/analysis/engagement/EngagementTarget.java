package dev.starling.analysis.engagement;

import dev.starling.analysis.posts.Metrics;

/** What is predicted: one engagement count of a post. */
public enum EngagementTarget {
    REPLIES("replies"), REPOSTS("reposts"), LIKES("likes");

    private final String label;

    EngagementTarget(String label) {
        this.label = label;
    }

    /** The lower-case name used in tables and JSON. */
    public String label() {
        return label;
    }

    /** This target's count in {@code m}, or -1 when the source does not report it. */
    public long count(Metrics m) {
        Long v = switch (this) {
            case REPLIES -> m.replies();
            case REPOSTS -> m.reposts();
            case LIKES -> m.likes();
        };
        return v == null || v < 0 ? -1 : v;
    }
}
