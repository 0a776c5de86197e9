package dev.starling.app.report;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A post that a classifier flagged (spam, abuse …), with the reasons.
 *
 * @param postId the post's id
 * @param time   when it was posted, or null when unknown
 * @param author the author's handle as the report may show it (pseudonymised when privacy is on)
 * @param text   the post text, already redacted; the report escapes it
 * @param flags  why it was flagged, at least one
 */
public record FlaggedPost(String postId, Instant time, String author, String text, List<Flag> flags) {
    public FlaggedPost {
        Objects.requireNonNull(postId, "postId");
        author = author == null ? "" : author;
        text = text == null ? "" : text;
        flags = List.copyOf(flags);
        if (flags.isEmpty()) {
            throw new IllegalArgumentException("flagged post " + postId + " has no flag");
        }
    }

    /** The reasons joined for display, e.g. {@code "spam 0.97; offensive 0.81"}. */
    public String reasons() {
        return String.join("; ", flags.stream().map(Flag::reason).toList());
    }

    /**
     * One reason a post was flagged.
     *
     * @param task        the task that flagged it (e.g. "spam", "offensive")
     * @param label       the label it gave
     * @param probability the label's probability in [0, 1]
     * @param reason      a short human-readable reason, e.g. {@code "spam 0.97"}
     */
    public record Flag(String task, String label, double probability, String reason) {
        public Flag {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(reason, "reason");
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException("probability outside [0, 1]: " + probability);
            }
        }

        /** A flag whose reason is the label and its probability to two decimals, e.g. "spam 0.97". */
        public static Flag of(String task, String label, double probability) {
            return new Flag(task, label, probability, String.format(Locale.ROOT, "%s %.2f", label, probability));
        }
    }
}
