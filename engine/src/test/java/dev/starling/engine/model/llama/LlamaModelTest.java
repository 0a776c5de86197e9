package dev.starling.engine.model.llama;

import dev.starling.engine.generate.KvCache;
import dev.starling.engine.nn.F32Projection;
import dev.starling.engine.nn.Projection;
import dev.starling.engine.nn.ProjectionFactory;
import dev.starling.engine.nn.RmsNorm;
import dev.starling.engine.nn.Rope;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.ops.Parallel;
import dev.starling.engine.ops.ScalarKernels;
import dev.starling.engine.ops.VectorKernels;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invariants of the Llama decoder on a tiny config (vocab 99, hidden 32, 2 layers, 4 heads, 2 kv
 * heads). Tolerance: 1e-4 absolute on logits of magnitude ~1 (float32 sums in another order).
 */
class LlamaModelTest {
    static final float TOL = 1e-4f;
    static final LlamaConfig TINY = new LlamaConfig(99, 32, 2, 4, 2, 8, 48, 64, 1e-5f, 10_000,
            RopeScaling.NONE, Rope.Pairing.HALF, false, true);
    static final int[] TOKENS = {5, 17, 42, 98, 0, 7, 7, 63, 21, 11};
    final Kernels kernels = new VectorKernels(Parallel.of(2));

    @Test
    void kvCacheDecodingGivesTheFullForwardsLogits() {
        LlamaModel m = LlamaWeights.random(TINY, kernels, ProjectionFactory.f32(kernels), 1);
        float[] full = m.forwardAll(TOKENS, 0, m.newCache(TOKENS.length));
        KvCache cache = m.newCache(TOKENS.length);
        int v = TINY.vocabSize();
        for (int t = 0; t < TOKENS.length; t++) {
            float[] step = m.forward(new int[] {TOKENS[t]}, t, cache);
            assertRowEquals(full, t * v, step, "position " + t);
        }
        assertEquals(TOKENS.length, cache.length());
    }

    @Test
    void batchedPromptEqualsTokenByTokenAndSplitPrompts() {
        LlamaModel m = LlamaWeights.random(TINY, kernels, ProjectionFactory.f32(kernels), 2);
        KvCache a = m.newCache(16);
        float[] batched = m.forward(TOKENS, 0, a);
        KvCache b = m.newCache(16);
        m.forward(java.util.Arrays.copyOf(TOKENS, 4), 0, b);
        float[] split = m.forward(java.util.Arrays.copyOfRange(TOKENS, 4, TOKENS.length), 4, b);
        assertRowEquals(batched, 0, split, "prompt in two parts");
    }

    @Test
    void rewindingTheCacheReusesAPrefix() {
        LlamaModel m = LlamaWeights.random(TINY, kernels, ProjectionFactory.f32(kernels), 3);
        KvCache c = m.newCache(16);
        m.forward(new int[] {1, 2, 3, 4, 5}, 0, c);
        float[] rewound = m.forward(new int[] {9, 8}, 3, c);
        float[] fresh = m.forward(new int[] {1, 2, 3, 9, 8}, 0, m.newCache(16));
        assertRowEquals(fresh, 0, rewound, "rewound");
        assertEquals(5, c.length());
    }

    @Test
    void groupedQueryAttentionEqualsMultiHeadWithRepeatedKvWeights() {
        LlamaConfig gqa = TINY;
        LlamaConfig mha = new LlamaConfig(99, 32, 2, 4, 4, 8, 48, 64, 1e-5f, 10_000,
                RopeScaling.NONE, Rope.Pairing.HALF, false, false);
        LlamaConfig gqaNoBias = new LlamaConfig(99, 32, 2, 4, 2, 8, 48, 64, 1e-5f, 10_000,
                RopeScaling.NONE, Rope.Pairing.HALF, false, false);
        Explicit w = new Explicit(gqa, 4);
        float[] a = w.build(gqaNoBias, kernels, 1).forwardAll(TOKENS, 0, new KvCache(2, 16, 16));
        float[] b = w.build(mha, kernels, 2).forwardAll(TOKENS, 0, new KvCache(2, 16, 32));
        assertRowEquals(a, 0, b, "GQA vs repeated MHA");
        assertEquals(a.length, b.length);
    }

    @Test
    void scalarAndVectorBackendsAgree() {
        Kernels scalar = new ScalarKernels();
        float[] x = LlamaWeights.random(TINY, scalar, ProjectionFactory.f32(scalar), 5).forwardAll(TOKENS, 0, new KvCache(2, 16, 16));
        float[] y = LlamaWeights.random(TINY, kernels, ProjectionFactory.f32(kernels), 5).forwardAll(TOKENS, 0, new KvCache(2, 16, 16));
        assertRowEquals(x, 0, y, "scalar vs vector");
    }

    @Test
    void rejectsBadCalls() {
        LlamaModel m = LlamaWeights.random(TINY, kernels, ProjectionFactory.f32(kernels), 6);
        KvCache c = m.newCache(4);
        assertThrows(IllegalArgumentException.class, () -> m.forward(new int[] {99}, 0, c));
        assertThrows(IllegalArgumentException.class, () -> m.forward(new int[] {1}, 1, c));
        assertThrows(IllegalArgumentException.class, () -> m.forward(new int[] {1, 2, 3, 4, 5}, 0, c));
        assertThrows(IllegalArgumentException.class, () -> m.newCache(65));
    }

    static void assertRowEquals(float[] expected, int off, float[] actual, String what) {
        float worst = 0;
        for (int i = 0; i < actual.length; i++) {
            worst = Math.max(worst, Math.abs(expected[off + i] - actual[i]));
        }
        assertTrue(worst <= TOL, what + ": max |Δ| = " + worst);
    }

    /** Explicit float weights, so one set can be wired as GQA or as MHA with K/V rows repeated. */
    static final class Explicit {
        final List<float[][]> layers = new ArrayList<>();
        final float[] embedding;
        final float[] output;
        final int kvGroups;
        final LlamaConfig c;

        Explicit(LlamaConfig c, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            this.c = c;
            this.kvGroups = c.heads() / c.kvHeads();
            for (int l = 0; l < c.layers(); l++) {
                layers.add(new float[][] {
                        LlamaWeights.normal(r, (long) c.qDim() * c.hidden(), 0.1), LlamaWeights.normal(r, (long) c.kvDim() * c.hidden(), 0.1),
                        LlamaWeights.normal(r, (long) c.kvDim() * c.hidden(), 0.1), LlamaWeights.normal(r, (long) c.hidden() * c.qDim(), 0.1),
                        LlamaWeights.normal(r, (long) c.intermediate() * c.hidden(), 0.1), LlamaWeights.normal(r, (long) c.intermediate() * c.hidden(), 0.1),
                        LlamaWeights.normal(r, (long) c.hidden() * c.intermediate(), 0.1)});
            }
            embedding = LlamaWeights.normal(r, (long) c.vocabSize() * c.hidden(), 0.5);
            output = LlamaWeights.normal(r, (long) c.vocabSize() * c.hidden(), 0.1);
        }

        /** @param repeat 1: K/V as stored; kvGroups: each kv head's rows repeated for its query heads */
        LlamaModel build(LlamaConfig target, Kernels k, int repeat) {
            List<LlamaLayer> out = new ArrayList<>();
            int h = c.hidden();
            for (float[][] w : layers) {
                RmsNorm norm = new RmsNorm(ones(h), c.rmsNormEps());
                out.add(new LlamaLayer(norm, p(k, w[0], c.qDim(), h), null,
                        p(k, repeatHeads(w[1], repeat), c.kvDim() * repeat, h), null,
                        p(k, repeatHeads(w[2], repeat), c.kvDim() * repeat, h), null,
                        p(k, w[3], h, c.qDim()), norm,
                        p(k, w[4], c.intermediate(), h), p(k, w[5], c.intermediate(), h), p(k, w[6], h, c.intermediate())));
            }
            return new LlamaModel(target, k, embedding, out, new RmsNorm(ones(h), c.rmsNormEps()),
                    p(k, output, c.vocabSize(), h), null);
        }

        private float[] repeatHeads(float[] w, int repeat) {
            int d = c.headDim();
            int h = c.hidden();
            float[] out = new float[w.length * repeat];
            int row = 0;
            for (int g = 0; g < c.kvHeads(); g++) {
                for (int rep = 0; rep < repeat; rep++) {
                    System.arraycopy(w, g * d * h, out, row * d * h, d * h);
                    row++;
                }
            }
            return out;
        }

        private static Projection p(Kernels k, float[] w, int out, int in) {
            return F32Projection.ofOutIn(k, w, out, in);
        }

        private static float[] ones(int n) {
            float[] g = new float[n];
            java.util.Arrays.fill(g, 1f);
            return g;
        }
    }
}
