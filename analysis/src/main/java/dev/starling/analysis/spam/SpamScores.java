package dev.starling.analysis.spam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a spam filter does on labelled messages, spam being the positive class.
 *
 * @param messages  how many were scored
 * @param accuracy  share labelled correctly
 * @param precision of the messages called spam, the share that are spam
 * @param recall    of the spam, the share called spam
 * @param f1        harmonic mean of precision and recall
 */
public record SpamScores(int messages, double accuracy, double precision, double recall, double f1) {

    /** Scores {@code filter} on {@code messages}. */
    public static SpamScores of(SpamFilter filter, List<SpamMessage> messages) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int correct = 0;
        for (SpamMessage m : messages) {
            boolean said = filter.isSpam(m.text());
            correct += said == m.spam() ? 1 : 0;
            tp += said && m.spam() ? 1 : 0;
            fp += said && !m.spam() ? 1 : 0;
            fn += !said && m.spam() ? 1 : 0;
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new SpamScores(messages.size(), messages.isEmpty() ? 0 : (double) correct / messages.size(), precision, recall, f1);
    }

    /** The mean of several scores, each counted once (a macro average over videos, say). */
    public static SpamScores mean(List<SpamScores> scores) {
        int n = 0;
        double a = 0;
        double p = 0;
        double r = 0;
        double f = 0;
        for (SpamScores s : scores) {
            n += s.messages();
            a += s.accuracy();
            p += s.precision();
            r += s.recall();
            f += s.f1();
        }
        int k = Math.max(1, scores.size());
        return new SpamScores(n, a / k, p / k, r / k, f / k);
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("messages", messages);
        m.put("accuracy", round(accuracy));
        m.put("spam_precision", round(precision));
        m.put("spam_recall", round(recall));
        m.put("spam_f1", round(f1));
        return m;
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "n=%d accuracy %.4f precision %.4f recall %.4f F1 %.4f",
                messages, accuracy, precision, recall, f1);
    }
}
