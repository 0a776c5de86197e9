package dev.starling.analysis.pipeline;

import java.util.Locale;

/**
 * Why a post was flagged for review: a task, the label that fired and its probability.
 */
public record Flag(String task, String label, double probability) {
    /** A short human-readable reason, e.g. "spam 0.97". */
    public String reason() {
        return String.format(Locale.ROOT, "%s %.2f", label, probability);
    }
}
