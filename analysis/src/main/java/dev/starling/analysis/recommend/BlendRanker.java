package dev.starling.analysis.recommend;

import java.util.List;

/**
 * The "for you" ranking: several signals (content similarity, co-occurrence, popularity, recency,
 * friends …), each standardised per user to zero mean and unit variance over all items (so their
 * scales stop mattering), then summed with weights: {@code score_i = sum_s w_s z_s(i)}.
 */
public final class BlendRanker implements Ranker {
    /** One signal and its weight. */
    public record Part(Ranker ranker, double weight) {
    }

    private final List<Part> parts;
    private final String name;

    public BlendRanker(String name, List<Part> parts) {
        this.name = name;
        this.parts = List.copyOf(parts);
    }

    @Override
    public String name() {
        return name;
    }

    public List<Part> parts() {
        return parts;
    }

    @Override
    public void score(int user, long asOf, float[] out) {
        java.util.Arrays.fill(out, 0f);
        float[] s = new float[out.length];
        for (Part p : parts) {
            if (p.weight() == 0) {
                continue;
            }
            p.ranker().score(user, asOf, s);
            standardize(s);
            Vectors.axpy((float) p.weight(), s, out);
        }
    }

    /** z-scores in place; a constant signal becomes all zeros. */
    static void standardize(float[] s) {
        double sum = 0;
        double sq = 0;
        for (float v : s) {
            sum += v;
            sq += (double) v * v;
        }
        double mean = sum / s.length;
        double var = sq / s.length - mean * mean;
        double inv = var > 1e-12 ? 1 / Math.sqrt(var) : 0;
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) ((s[i] - mean) * inv);
        }
    }
}
