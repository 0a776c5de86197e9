package dev.starling.analysis.trends;

import java.util.Set;

/**
 * What an alert can cite of one (protected) post.
 *
 * @param id         the post id
 * @param platform   the platform's name
 * @param author     the author's node key (a pseudonym)
 * @param snippet    the start of the redacted text
 * @param engagement likes + reposts + replies + quotes
 * @param keys       the series the post counts in
 */
public record PostDigest(String id, String platform, String author, String snippet, long engagement, Set<SeriesKey> keys) {
    /** Longest snippet kept, in code points. */
    static final int SNIPPET = 160;

    public PostDigest {
        keys = Set.copyOf(keys);
    }

    static String snippet(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.codePointCount(0, t.length()) <= SNIPPET ? t : t.substring(0, t.offsetByCodePoints(0, SNIPPET)) + "…";
    }
}
