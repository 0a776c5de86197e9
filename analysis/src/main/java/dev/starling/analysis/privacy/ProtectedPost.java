package dev.starling.analysis.privacy;

import dev.starling.analysis.posts.Post;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A post with its personal data treated, and how many values of each type were found across all of
 * its fields (text, author, display name, mentions, URLs, hashtags, media).
 */
public record ProtectedPost(Post post, Map<PiiType, Integer> counts) {
    public ProtectedPost {
        counts = counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    public int count(PiiType type) {
        return counts.getOrDefault(type, 0);
    }
}
