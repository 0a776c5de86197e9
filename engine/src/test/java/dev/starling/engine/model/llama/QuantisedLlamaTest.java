package dev.starling.engine.model.llama;

import dev.starling.engine.generate.KvCache;
import dev.starling.engine.nn.ProjectionFactory;
import dev.starling.engine.nn.Q8Projection;
import dev.starling.engine.nn.Rope;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.ops.Parallel;
import dev.starling.engine.ops.VectorKernels;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Q8_0 weights against float32 weights from the same random floats. Stated tolerance: logits
 * (standard deviation ~0.5 here) within 2 % of their range, max |Δ| ≤ 0.02·(max − min), and the
 * argmax of every position unchanged — Q8_0's step is max|w|/127 per block of 32.
 */
class QuantisedLlamaTest {
    static final LlamaConfig TINY = new LlamaConfig(99, 32, 2, 4, 2, 8, 64, 64, 1e-5f, 10_000,
            RopeScaling.NONE, Rope.Pairing.HALF, false, false);

    @Test
    void q8LogitsStayCloseToF32() {
        Kernels k = new VectorKernels(Parallel.of(2));
        int[] tokens = {3, 14, 15, 92, 65, 35, 89, 79};
        LlamaModel f32 = LlamaWeights.random(TINY, k, ProjectionFactory.f32(k), 11);
        LlamaModel q8 = LlamaWeights.random(TINY, k, Q8Projection.factory(), 11);
        float[] a = f32.forwardAll(tokens, 0, new KvCache(2, 8, 16));
        float[] b = q8.forwardAll(tokens, 0, new KvCache(2, 8, 16));
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        float worst = 0;
        for (int i = 0; i < a.length; i++) {
            min = Math.min(min, a[i]);
            max = Math.max(max, a[i]);
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        assertTrue(worst <= 0.02f * (max - min), "max |Δ| " + worst + " vs range " + (max - min));
        assertTrue(worst > 0, "the quantised model is not the float one");
        for (int t = 0; t < tokens.length; t++) {
            assertEquals(argmax(a, t * 99), argmax(b, t * 99), "argmax at position " + t);
        }
        assertTrue(q8.weightBytes() * 3 < f32.weightBytes(), q8.weightBytes() + " vs " + f32.weightBytes());
    }

    private static int argmax(float[] z, int off) {
        int best = 0;
        for (int i = 1; i < 99; i++) {
            if (z[off + i] > z[off + best]) {
                best = i;
            }
        }
        return best;
    }
}
