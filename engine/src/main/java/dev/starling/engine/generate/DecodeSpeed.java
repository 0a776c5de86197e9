package dev.starling.engine.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How fast a {@link CausalLm} decodes on this machine: a prompt of random ids through the batched
 * forward, then greedy one-token steps (never stopping at an end token, so the count is what was
 * asked for), after a warm-up that lets the JIT compile the decoding path (a cold JVM decodes a
 * small model 20–30× slower than a warm one). Used by {@code starling models} and the decoding
 * benchmark; the figures are tokens per second of the steps alone and of the prompt alone.
 */
public final class DecodeSpeed {
    private DecodeSpeed() {
    }

    /** {prompt tokens/s, decode tokens/s} of one run: {@code promptLength} ids, then {@code steps} greedy steps. */
    public static double[] run(CausalLm lm, int promptLength, int steps) {
        if (promptLength < 1 || steps < 1 || promptLength + steps > lm.contextLength()) {
            throw new IllegalArgumentException("prompt " + promptLength + " + steps " + steps + " must fit the context of " + lm.contextLength());
        }
        int[] prompt = new SplittableRandom(promptLength).ints(promptLength, 0, lm.vocabSize()).toArray();
        KvCache cache = lm.newCache(promptLength + steps);
        long t0 = System.nanoTime();
        float[] logits = lm.forward(prompt, 0, cache);
        long t1 = System.nanoTime();
        for (int s = 0; s < steps; s++) {
            logits = lm.forward(new int[] {Sampler.argmax(logits)}, cache.length(), cache);
        }
        long t2 = System.nanoTime();
        return new double[] {promptLength * 1e9 / (t1 - t0), steps * 1e9 / (t2 - t1)};
    }

    /**
     * Decode tokens/s, the median of {@code runs} runs, after warming up for about
     * {@code warmUpNanos} (at least one run): the steady speed a long generation sees.
     */
    public static double decodeTokensPerSecond(CausalLm lm, long warmUpNanos, int runs) {
        int prompt = Math.min(16, lm.contextLength() / 4);
        int steps = Math.min(48, lm.contextLength() - prompt);
        long until = System.nanoTime() + warmUpNanos;
        do {
            run(lm, prompt, steps);
        } while (System.nanoTime() < until);
        double[] rates = new double[runs];
        for (int i = 0; i < runs; i++) {
            rates[i] = run(lm, prompt, steps)[1];
        }
        Arrays.sort(rates);
        return rates[runs / 2];
    }
}
