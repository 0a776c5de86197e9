package dev.starling.analysis.text;

import java.util.List;
import java.util.Objects;

/**
 * A text as written and as normalised for a model, with the entities found in it.
 *
 * @param original   the input, untouched
 * @param normalized the model input
 * @param entities   mentions, hashtags, URLs and emoji in order of appearance; offsets refer to
 *                   {@code normalized}
 */
public record NormalizedText(String original, String normalized, List<TextEntity> entities) {
    public NormalizedText {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(normalized, "normalized");
        entities = List.copyOf(entities);
    }

    /** The entities of one type, in order. */
    public List<TextEntity> entities(EntityType type) {
        return entities.stream().filter(e -> e.type() == type).toList();
    }

    /** Mentions as written, e.g. {@code @user_Name99}. */
    public List<String> mentions() {
        return texts(EntityType.MENTION);
    }

    /** Hashtags as written, e.g. {@code #MondayMotivation}. */
    public List<String> hashtags() {
        return texts(EntityType.HASHTAG);
    }

    /** Hashtags split into lower-case words, e.g. {@code monday motivation}, in the same order. */
    public List<String> segmentedHashtags() {
        return entities(EntityType.HASHTAG).stream().map(TextEntity::form).toList();
    }

    /** URLs as written (trailing punctuation excluded). */
    public List<String> urls() {
        return texts(EntityType.URL);
    }

    /** Emoji, one grapheme cluster each, so a run of three emoji gives three entries. */
    public List<String> emoji() {
        return texts(EntityType.EMOJI);
    }

    private List<String> texts(EntityType type) {
        return entities(type).stream().map(TextEntity::text).toList();
    }
}
