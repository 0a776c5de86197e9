package dev.starling.analysis.privacy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A text made safe, and how many values of each type were found in it (whatever the mode, so a
 * {@link PrivacyPolicy.Mode#KEEP} type is still counted).
 *
 * @param text   the text with every found value replaced according to the policy
 * @param counts found values per type; types not found are absent
 */
public record Redaction(String text, Map<PiiType, Integer> counts) {
    public Redaction {
        counts = counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    /** How many values of {@code type} were found. */
    public int count(PiiType type) {
        return counts.getOrDefault(type, 0);
    }

    /** How many values were found in all. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
