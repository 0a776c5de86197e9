package dev.starling.analysis.explain;

import java.util.List;

/**
 * Explains one classifier's decisions. Implementations hold their model and are safe to reuse for
 * many texts (not necessarily from several threads at once).
 */
public interface Explainer {
    /** The classifier's name, as {@code starling explain --task} takes it. */
    String task();

    /** The classifier's labels, in order. */
    List<String> labels();

    /**
     * Attributions of {@code label}'s score on {@code text}.
     *
     * @param label a label, or null for the predicted one
     */
    Explanation explain(String text, String label);

    /** Attention maps of the encoder on {@code text}, or null when the classifier has no attention. */
    default AttentionMaps attention(String text) {
        return null;
    }
}
