package dev.starling.analysis.classify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One post's answer from a classifier: the most probable label and every label's probability, in
 * the model's label order. The shape {@code classify} writes as {@code {"label": …, "scores": {…}}}.
 *
 * @param label  the label with the highest probability (the first on a tie)
 * @param scores probability per label name, summing to 1
 */
public record Classification(String label, Map<String, Double> scores) {
    public Classification {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        if (!scores.containsKey(label)) {
            throw new IllegalArgumentException("label '" + label + "' is not among the scores " + scores.keySet());
        }
    }

    /** The answer for probabilities {@code p} over {@code labels} (same order and length). */
    public static Classification of(List<String> labels, double[] p) {
        if (labels.size() != p.length) {
            throw new IllegalArgumentException(labels.size() + " labels but " + p.length + " probabilities");
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        int best = 0;
        for (int i = 0; i < p.length; i++) {
            scores.put(labels.get(i), p[i]);
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return new Classification(labels.get(best), scores);
    }

    /** The probability of {@code name}. */
    public double score(String name) {
        Double v = scores.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no label '" + name + "' among " + scores.keySet());
        }
        return v;
    }
}
