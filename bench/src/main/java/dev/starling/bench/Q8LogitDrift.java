package dev.starling.bench;

import dev.starling.engine.generate.CausalLm;
import dev.starling.engine.model.llama.LlamaWeights;
import dev.starling.engine.nn.ProjectionFactory;
import dev.starling.engine.nn.Q8Projection;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How far Q8_0 logits drift from F32 on the ~100M synthetic Llama of {@link DecodeThroughput}
 * (same random floats, quantised or not): max |Δ|, RMS Δ over RMS logit, and how often the
 * argmax agrees, over every position of a 32-token prompt.
 */
public final class Q8LogitDrift {
    private Q8LogitDrift() {
    }

    public static void main(String[] args) {
        Kernels k = KernelRegistry.create(2);
        CausalLm f32 = LlamaWeights.random(DecodeThroughput.SHAPE, k, ProjectionFactory.f32(k), 1);
        CausalLm q8 = LlamaWeights.random(DecodeThroughput.SHAPE, k, Q8Projection.factory(), 1);
        int[] tokens = new SplittableRandom(7).ints(32, 0, f32.vocabSize()).toArray();
        float[] a = f32.forwardAll(tokens, 0, f32.newCache(32));
        float[] b = q8.forwardAll(tokens, 0, q8.newCache(32));
        double maxAbs = 0;
        double sq = 0;
        double diffSq = 0;
        int v = f32.vocabSize();
        int agree = 0;
        for (int t = 0; t < tokens.length; t++) {
            int ia = 0;
            int ib = 0;
            for (int i = 0; i < v; i++) {
                int j = t * v + i;
                maxAbs = Math.max(maxAbs, Math.abs(a[j] - b[j]));
                sq += (double) a[j] * a[j];
                diffSq += (double) (a[j] - b[j]) * (a[j] - b[j]);
                ia = a[j] > a[t * v + ia] ? i : ia;
                ib = b[j] > b[t * v + ib] ? i : ib;
            }
            agree += ia == ib ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "Q8_0 vs F32 logits over %d positions x %d: max |Δ| %.4g, RMS Δ / RMS logit %.4g, argmax agrees %d/%d%n",
                tokens.length, v, maxAbs, Math.sqrt(diffSq / sq), agree, tokens.length);
        System.exit(0);
    }
}
