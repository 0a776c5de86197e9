package dev.starling.analysis.zh;

import dev.starling.engine.train.Metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Binary sentiment scores on labelled posts.
 *
 * @param posts    how many were scored
 * @param accuracy share labelled correctly
 * @param macroF1  mean of the F1 of negative and of positive
 */
public record SentimentScores(int posts, double accuracy, double macroF1) {

    /** Scores probabilities of positive against gold labels (positive when p > 0.5). */
    public static SentimentScores of(double[] positive, boolean[] gold) {
        int[] g = new int[gold.length];
        int[] p = new int[gold.length];
        for (int i = 0; i < gold.length; i++) {
            g[i] = gold[i] ? 1 : 0;
            p[i] = positive[i] > 0.5 ? 1 : 0;
        }
        Metrics m = Metrics.of(2, g, p);
        return new SentimentScores(gold.length, m.accuracy(), m.macroF1());
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("posts", posts);
        m.put("accuracy", Math.round(accuracy * 10_000) / 10_000.0);
        m.put("macro_f1", Math.round(macroF1 * 10_000) / 10_000.0);
        return m;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "n=%d accuracy %.4f macro-F1 %.4f", posts, accuracy, macroF1);
    }
}
