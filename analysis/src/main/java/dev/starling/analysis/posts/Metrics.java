package dev.starling.analysis.posts;

/** Engagement counts; null where the source does not report one. */
public record Metrics(Long likes, Long reposts, Long replies, Long quotes, Long views) {
    public static Metrics none() {
        return new Metrics(null, null, null, null, null);
    }
}
