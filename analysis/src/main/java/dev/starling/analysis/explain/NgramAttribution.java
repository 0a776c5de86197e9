package dev.starling.analysis.explain;

import dev.starling.analysis.ngrams.NgramFeatures;
import dev.starling.analysis.ngrams.NgramLogisticModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact attributions of a hashed n-gram logistic model's logit b + Σ_j w_j x_j: feature slot j
 * gets a_j = w_j x_j, so Σ_j a_j = logit(x) − b, the logit minus that of a text without features.
 * A slot's share goes to the occurrences that filled it (by their sign: a_j·s_i / Σ_i s_i), each
 * occurrence's share spread evenly over the non-space characters it covers (a word, two words of a
 * bigram, a character n-gram); whole-text cues (length, capitals, "!!") are attributions of their own.
 *
 * @param normal the normalised text the features were taken from
 * @param chars  attribution per character of {@code normal}
 * @param extra  attributions not tied to characters, by name, in order of appearance
 * @param logit  the model's logit on the text
 * @param bias   the logit of a text without features
 */
public record NgramAttribution(String normal, double[] chars, Map<String, Double> extra, double logit, double bias) {

    public static NgramAttribution of(NgramLogisticModel model, String text) {
        NgramFeatures.Traced tr = model.trace(text);
        Map<Integer, Integer> count = new java.util.HashMap<>();
        for (int i = 0; i < tr.slots().length; i++) {
            count.merge(tr.slots()[i], tr.signs()[i], Integer::sum);
        }
        Map<Integer, Double> slotValue = new java.util.HashMap<>();
        double logit = model.bias();
        for (int i = 0; i < tr.vector().indices().length; i++) {
            int slot = tr.vector().indices()[i];
            double a = (double) model.weight(slot) * tr.vector().values()[i]; // a_j = w_j x_j
            slotValue.put(slot, a);
            logit += a;
        }
        String normal = tr.normal();
        double[] chars = new double[normal.length()];
        Map<String, Double> extra = new LinkedHashMap<>();
        for (int i = 0; i < tr.slots().length; i++) {
            Double a = slotValue.get(tr.slots()[i]);
            if (a == null) {
                continue; // occurrences of opposite sign cancelled: the slot is absent from x
            }
            double share = a * tr.signs()[i] / count.get(tr.slots()[i]);
            if (tr.cues()[i] != null) {
                extra.merge(tr.cues()[i], share, Double::sum);
            } else if (!spread(normal, chars, tr.from()[i], tr.to()[i], share)) {
                extra.merge("text edges", share, Double::sum);
            }
        }
        return new NgramAttribution(normal, chars, extra, logit, model.bias());
    }

    /** Adds share/k to each of the k non-space characters in [from, to); false when there are none. */
    private static boolean spread(String s, double[] chars, int from, int to, double share) {
        int lo = Math.max(0, from);
        int hi = Math.min(s.length(), to);
        int k = 0;
        for (int c = lo; c < hi; c++) {
            k += s.charAt(c) == ' ' ? 0 : 1;
        }
        if (k == 0) {
            return false;
        }
        for (int c = lo; c < hi; c++) {
            if (s.charAt(c) != ' ') {
                chars[c] += share / k;
            }
        }
        return true;
    }

    /** Per space-separated word of the normalised text, in order, each multiplied by {@code scale}. */
    public List<Attribution> words(double scale) {
        List<Attribution> out = new ArrayList<>();
        int start = 0;
        for (int c = 0; c <= normal.length(); c++) {
            if (c == normal.length() || normal.charAt(c) == ' ') {
                if (c > start) {
                    double v = 0;
                    for (int i = start; i < c; i++) {
                        v += chars[i];
                    }
                    out.add(new Attribution(normal.substring(start, c), scale * v, false));
                }
                start = c + 1;
            }
        }
        return out;
    }

    /** The extras as attributions, multiplied by {@code scale}. */
    public List<Attribution> extras(double scale) {
        List<Attribution> out = new ArrayList<>();
        extra.forEach((name, v) -> out.add(new Attribution("[" + name + "]", scale * v, false)));
        return out;
    }
}
