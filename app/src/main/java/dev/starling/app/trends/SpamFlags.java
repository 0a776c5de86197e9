package dev.starling.app.trends;

import dev.starling.analysis.pipeline.AnalyzedPost;

/** Whether {@code analyze}'s spam rule flagged a post (task "spam"); posts not classified for spam are kept. */
final class SpamFlags {
    static final String TASK = "spam";

    private SpamFlags() {
    }

    static boolean isSpam(AnalyzedPost post) {
        return post.flags().stream().anyMatch(f -> TASK.equals(f.task()));
    }
}
