package dev.starling.analysis.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Why a classifier gave {@code label} its score on one text.
 *
 * @param task          the classifier (e.g. "offensive", "spam")
 * @param label         the explained label
 * @param scoreKind     what F is, e.g. "P(offensive)" or "logit(spam)"
 * @param method        how the attributions were computed, in words
 * @param score         F(x), the score of the text
 * @param baselineScore F(x'), the score of the baseline (no evidence)
 * @param tokens        attributions in reading order
 * @param extra         attributions not tied to a token (e.g. the spam model's length and capitals cues)
 */
public record Explanation(String task, String label, String scoreKind, String method, double score, double baselineScore,
                          List<Attribution> tokens, List<Attribution> extra) {
    public Explanation {
        tokens = List.copyOf(tokens);
        extra = List.copyOf(extra);
    }

    /** Σ of every attribution. */
    public double total() {
        double s = 0;
        for (Attribution a : tokens) {
            s += a.value();
        }
        for (Attribution a : extra) {
            s += a.value();
        }
        return s;
    }

    /** Completeness gap: Σ attributions − (F(x) − F(x')). Zero for exact methods, O(1/m²) for integrated gradients. */
    public double completenessGap() {
        return total() - (score - baselineScore);
    }

    /** The {@code n} tokens with the largest |attribution|, largest first. */
    public List<Attribution> top(int n) {
        List<Attribution> all = new ArrayList<>(tokens);
        all.sort(Comparator.comparingDouble((Attribution a) -> -Math.abs(a.value())));
        return all.subList(0, Math.min(n, all.size()));
    }

    /** The largest |attribution| over tokens and extras (0 when there are none): the colour scale. */
    public double maxMagnitude() {
        double m = 0;
        for (Attribution a : tokens) {
            m = Math.max(m, Math.abs(a.value()));
        }
        for (Attribution a : extra) {
            m = Math.max(m, Math.abs(a.value()));
        }
        return m;
    }
}
