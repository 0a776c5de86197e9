package dev.starling.analysis.topics;

import java.time.Instant;

/**
 * What a topic run needs of a post besides its embedding.
 *
 * @param text  the privacy-protected text (keywords and representative posts come from it)
 * @param lang  ISO 639-1 code for the stop words, or null
 * @param time  when it was posted, or null (then it is left out of topics over time)
 * @param group the group for per-group topics (platform, language …), or null
 */
public record TopicDocument(String text, String lang, Instant time, String group) {
    public TopicDocument {
        java.util.Objects.requireNonNull(text, "text");
    }

    public static TopicDocument of(String text) {
        return new TopicDocument(text, null, null, null);
    }
}
