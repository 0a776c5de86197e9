package dev.starling.engine.generate;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SamplerTest {
    /** Probabilities ∝ e^z: 0.4, 0.3, 0.2, 0.1 at ids 3, 0, 2, 1 (and ~0 at id 4). */
    static final float[] LOGITS = {(float) Math.log(0.3), (float) Math.log(0.1), (float) Math.log(0.2), (float) Math.log(0.4), -50};
    static final int[] NONE = new int[0];

    @Test
    void greedyIsArgmax() {
        Sampler s = new Sampler(SamplingConfig.greedy());
        assertEquals(3, s.next(LOGITS, NONE, 0));
        assertEquals(1, s.next(new float[] {-1, 5, 5, 2}, NONE, 0), "ties go to the smaller id");
    }

    @Test
    void topKKeepsTheKMostLikely() {
        Sampler s = new Sampler(SamplingConfig.builder().topK(2).topP(1).temperature(1).repetitionPenalty(1).build());
        Sampler.Candidates c = s.candidates(LOGITS, NONE, 0);
        assertArrayEquals(new int[] {3, 0}, c.ids());
        assertEquals(0.4 / 0.7, c.probabilities()[0], 1e-6);
        assertEquals(Set.of(3, 0), drawn(s, 2000));
    }

    @Test
    void topPKeepsTheSmallestSetReachingP() {
        Sampler s = new Sampler(SamplingConfig.builder().topK(0).topP(0.85).temperature(1).repetitionPenalty(1).build());
        assertArrayEquals(new int[] {3, 0, 2}, s.candidates(LOGITS, NONE, 0).ids()); // 0.4+0.3 < 0.85 ≤ 0.9
        Sampler p7 = new Sampler(SamplingConfig.builder().topK(0).topP(0.7).temperature(1).repetitionPenalty(1).build());
        assertArrayEquals(new int[] {3, 0}, p7.candidates(LOGITS, NONE, 0).ids());
        assertEquals(Set.of(3, 0, 2), drawn(s, 2000));
    }

    @Test
    void temperatureSharpensAndFlattens() {
        SamplingConfig.Builder b = SamplingConfig.builder().topK(0).topP(1).repetitionPenalty(1);
        double cold = new Sampler(b.temperature(0.2).build()).candidates(LOGITS, NONE, 0).probabilities()[0];
        double warm = new Sampler(b.temperature(5).build()).candidates(LOGITS, NONE, 0).probabilities()[0];
        double[] q = {0.4, 0.3, 0.2, 0.1};
        assertEquals(pow(q, 5) , cold, 1e-6, "T = 0.2: p ∝ q^5");
        assertEquals(pow(q, 0.2), warm, 1e-4, "T = 5: p ∝ q^0.2 (id 4 holds ~4e-6)");
        assertTrue(cold > 0.4 && warm < 0.4);
    }

    private static double pow(double[] q, double e) {
        double sum = 0;
        for (double v : q) {
            sum += Math.pow(v, e);
        }
        return Math.pow(q[0], e) / sum;
    }

    @Test
    void sameSeedSameDraws() {
        SamplingConfig c = SamplingConfig.builder().topK(0).topP(1).temperature(1).seed(42).build();
        int[] a = draws(new Sampler(c), 200);
        assertArrayEquals(a, draws(new Sampler(c), 200));
        int[] other = draws(new Sampler(c.toBuilder().seed(43).build()), 200);
        assertTrue(!java.util.Arrays.equals(a, other), "another seed, other draws");
    }

    @Test
    void repetitionPenaltyDividesPositiveAndMultipliesNegativeLogits() {
        float[] z = {2.0f, 1.9f, -1f, -1.1f};
        Sampler s = new Sampler(SamplingConfig.builder().temperature(0).repetitionPenalty(2).build());
        assertEquals(1, s.next(z, new int[] {0}, 1), "2.0/2 = 1.0 < 1.9");
        Sampler off = new Sampler(SamplingConfig.builder().temperature(0).repetitionPenalty(1).build());
        assertEquals(0, off.next(z, new int[] {0}, 1));
        Sampler window = new Sampler(SamplingConfig.builder().temperature(0).repetitionPenalty(2).repetitionWindow(1).build());
        assertEquals(0, window.next(z, new int[] {0, 3}, 2), "id 0 is outside the window of 1");
        float[] neg = {-1f, -1.5f};
        assertEquals(1, s.next(neg, new int[] {0}, 1), "-1·2 = -2 < -1.5");
    }

    @Test
    void invalidConfigsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SamplingConfig.builder().maxTokens(0).build());
        assertThrows(IllegalArgumentException.class, () -> SamplingConfig.builder().topP(0).build());
        assertThrows(IllegalArgumentException.class, () -> SamplingConfig.builder().temperature(-1).build());
        assertThrows(IllegalArgumentException.class, () -> SamplingConfig.builder().stop("").build());
    }

    private static Set<Integer> drawn(Sampler s, int n) {
        Set<Integer> seen = new TreeSet<>();
        for (int id : draws(s, n)) {
            seen.add(id);
        }
        return seen;
    }

    private static int[] draws(Sampler s, int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = s.next(LOGITS, NONE, 0);
        }
        return out;
    }
}
