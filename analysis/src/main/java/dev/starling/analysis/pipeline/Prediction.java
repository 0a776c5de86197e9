package dev.starling.analysis.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One classifier's answer for one post.
 *
 * @param label  the most probable label's name
 * @param scores label name → probability, in the model's label order
 * @param model  the model that answered, with its version (stored beside the result)
 */
public record Prediction(String label, Map<String, Double> scores, String model) {
    public Prediction {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    /** The probability of {@code name}, 0 when the model has no such label. */
    public double score(String name) {
        return scores.getOrDefault(name, 0.0);
    }

    /** The answer of a classifier that reports a {@link dev.starling.analysis.classify.Classification}. */
    public static Prediction of(dev.starling.analysis.classify.Classification c, String model) {
        return new Prediction(c.label(), c.scores(), model);
    }

    /** Builds a prediction from probabilities in label order. */
    public static Prediction of(java.util.List<String> labels, float[] probabilities, String model) {
        Map<String, Double> s = new LinkedHashMap<>();
        int best = 0;
        for (int i = 0; i < labels.size(); i++) {
            s.put(labels.get(i), (double) probabilities[i]);
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return new Prediction(labels.get(best), s, model);
    }
}
