package dev.starling.engine.model.llama;

import dev.starling.engine.nn.Projection;
import dev.starling.engine.nn.ProjectionFactory;
import dev.starling.engine.nn.RmsNorm;
import dev.starling.engine.ops.Kernels;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Builds {@link LlamaModel}s from weights: random ones for tests and benchmarks. */
public final class LlamaWeights {
    private LlamaWeights() {
    }

    /**
     * Random weights: N(0, 0.02²) matrices (GPT-2's init scale), norms ≈ 1 with a little noise so
     * a wrong norm shows in the logits. Same seed, same model, at any {@code storage}.
     */
    public static LlamaModel random(LlamaConfig c, Kernels kernels, ProjectionFactory storage, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int h = c.hidden();
        List<LlamaLayer> layers = new ArrayList<>();
        for (int l = 0; l < c.layers(); l++) {
            layers.add(new LlamaLayer(norm(r, h, c), proj(r, storage, c.qDim(), h), bias(r, c, c.qDim()),
                    proj(r, storage, c.kvDim(), h), bias(r, c, c.kvDim()),
                    proj(r, storage, c.kvDim(), h), bias(r, c, c.kvDim()),
                    proj(r, storage, h, c.qDim()), norm(r, h, c),
                    proj(r, storage, c.intermediate(), h), proj(r, storage, c.intermediate(), h),
                    proj(r, storage, h, c.intermediate())));
        }
        float[] embedding = normal(r, (long) c.vocabSize() * h, 0.02);
        RmsNorm finalNorm = norm(r, h, c);
        Projection output = c.tiedEmbeddings() ? storage.ofOutIn(embedding, c.vocabSize(), h)
                : proj(r, storage, c.vocabSize(), h);
        return new LlamaModel(c, kernels, embedding, layers, finalNorm, output, null);
    }

    private static Projection proj(SplittableRandom r, ProjectionFactory storage, int out, int in) {
        return storage.ofOutIn(normal(r, (long) out * in, 0.02), out, in);
    }

    private static float[] bias(SplittableRandom r, LlamaConfig c, int n) {
        return c.qkvBias() ? normal(r, n, 0.02) : null;
    }

    private static RmsNorm norm(SplittableRandom r, int h, LlamaConfig c) {
        float[] g = normal(r, h, 0.1);
        for (int i = 0; i < h; i++) {
            g[i] += 1;
        }
        return new RmsNorm(g, c.rmsNormEps());
    }

    static float[] normal(SplittableRandom r, long n, double std) {
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("tensor of " + n + " floats is too large");
        }
        float[] out = new float[(int) n];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (gaussian(r) * std);
        }
        return out;
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
