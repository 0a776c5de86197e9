package dev.starling.engine.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Picks the next token from logits [V] under a {@link SamplingConfig}: repetition penalty →
 * argmax (temperature 0) or temperature → top-k → top-p → a draw from the renormalised
 * distribution with a generator seeded by {@link SamplingConfig#seed()}.
 *
 * <p>One sampler per generation (it owns the random state); not thread-safe.
 */
public final class Sampler {
    private final SamplingConfig config;
    private final SplittableRandom random;

    public Sampler(SamplingConfig config) {
        this.config = config;
        this.random = new SplittableRandom(config.seed());
    }

    /**
     * The tokens that can be drawn and their probabilities, most likely first.
     *
     * @param ids the id history the repetition penalty looks at: prompt then output, in order
     */
    public record Candidates(int[] ids, double[] probabilities) {
    }

    /** The next id, given the logits [V] and the ids so far ({@code history[0, length)}). */
    public int next(float[] logits, int[] history, int length) {
        Candidates c = candidates(logits, history, length);
        if (c.ids().length == 1) {
            return c.ids()[0];
        }
        double u = random.nextDouble();
        double[] p = c.probabilities();
        for (int i = 0; i < p.length; i++) {
            u -= p[i];
            if (u < 0) {
                return c.ids()[i];
            }
        }
        return c.ids()[p.length - 1]; // rounding left u a hair above 0
    }

    /** The distribution {@link #next} draws from (one certain id when greedy). */
    public Candidates candidates(float[] logits, int[] history, int length) {
        float[] z = logits.clone();
        penaliseRepeats(z, history, length);
        if (config.isGreedy()) {
            return new Candidates(new int[] {argmax(z)}, new double[] {1});
        }
        int[] ids = topK(z, config.topK() == 0 ? z.length : Math.min(config.topK(), z.length));
        double[] p = softmax(z, ids, config.temperature());
        int keep = nucleus(p, config.topP());
        ids = Arrays.copyOf(ids, keep);
        p = Arrays.copyOf(p, keep);
        double sum = 0;
        for (double v : p) {
            sum += v;
        }
        for (int i = 0; i < keep; i++) {
            p[i] /= sum;
        }
        return new Candidates(ids, p);
    }

    /** CTRL's penalty (Keskar et al. 2019), as HF and llama.cpp apply it: each distinct recent id once. */
    private void penaliseRepeats(float[] z, int[] history, int length) {
        double theta = config.repetitionPenalty();
        if (theta == 1 || length == 0) {
            return;
        }
        int from = config.repetitionWindow() == 0 ? 0 : Math.max(0, length - config.repetitionWindow());
        boolean[] seen = new boolean[z.length];
        for (int i = from; i < length; i++) {
            int id = history[i];
            if (id >= 0 && id < z.length && !seen[id]) {
                seen[id] = true;
                z[id] = (float) (z[id] > 0 ? z[id] / theta : z[id] * theta);
            }
        }
    }

    static int argmax(float[] z) {
        int best = 0;
        for (int i = 1; i < z.length; i++) {
            if (z[i] > z[best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The ids of the {@code k} largest logits, largest first (ties: smaller id first). Sorts
     * (sortable float bits, id) packed in longs, so no boxing even for a 150k vocabulary.
     */
    static int[] topK(float[] z, int k) {
        long[] keys = new long[z.length];
        for (int i = 0; i < z.length; i++) {
            int bits = Float.floatToIntBits(z[i]);
            int sortable = bits >= 0 ? bits : bits ^ 0x7fffffff; // ascending ints ↔ ascending floats
            keys[i] = ((long) ~sortable << 32) | i; // ascending keys = descending logits, then ascending ids
        }
        Arrays.sort(keys);
        int[] ids = new int[k];
        for (int i = 0; i < k; i++) {
            ids[i] = (int) keys[i];
        }
        return ids;
    }

    /** softmax(z[ids] / T) over the candidates only; ids[0] holds the largest logit. */
    private static double[] softmax(float[] z, int[] ids, double temperature) {
        double[] p = new double[ids.length];
        double max = z[ids[0]];
        double sum = 0;
        for (int i = 0; i < ids.length; i++) {
            p[i] = Math.exp((z[ids[i]] - max) / temperature);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** The size of the smallest prefix of the (descending) probabilities whose mass reaches {@code topP}. */
    private static int nucleus(double[] p, double topP) {
        if (topP >= 1) {
            return p.length;
        }
        double mass = 0;
        for (int i = 0; i < p.length; i++) {
            mass += p[i];
            if (mass >= topP) {
                return i + 1;
            }
        }
        return p.length;
    }
}
