package dev.starling.bench;

import dev.starling.engine.generate.CausalLm;
import dev.starling.engine.generate.KvCache;
import dev.starling.engine.model.llama.LlamaConfig;
import dev.starling.engine.model.llama.LlamaModel;
import dev.starling.engine.model.llama.LlamaWeights;
import dev.starling.engine.model.llama.RopeScaling;
import dev.starling.engine.nn.ProjectionFactory;
import dev.starling.engine.nn.Q8Projection;
import dev.starling.engine.nn.Rope;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Decoding speed of a synthetic Llama-shaped model (~100M parameters, random weights) at F32 and
 * Q8_0, beside the memory-bandwidth floor measured in the same run: decoding one token reads every
 * weight matrix once, so bytes per token ÷ read bandwidth is the least time a token can take.
 * Each round: bandwidth, then per dtype a 32-token prompt (one batched forward) and N greedy
 * decode steps with the KV cache. Prints one line per round and a Markdown summary of medians.
 * Usage: DecodeThroughput [ROUNDS=5] [TOKENS=64] [THREADS=2]
 */
public final class DecodeThroughput {
    /** hidden 768, 12 layers, 12 heads / 4 kv heads, SwiGLU 2048, vocab 32000, tied: 100.1M parameters. */
    static final LlamaConfig SHAPE = new LlamaConfig(32_000, 768, 12, 12, 4, 64, 2048, 2048, 1e-5f, 10_000,
            RopeScaling.NONE, Rope.Pairing.HALF, true, false);

    private DecodeThroughput() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int tokens = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Kernels k = KernelRegistry.create(threads);
        System.out.printf(Locale.ROOT, "model: %,d parameters, %d threads, backend %s%n", SHAPE.parameters(), threads, k.name());
        MemoryBandwidth bw = new MemoryBandwidth(1024);
        String[] names = {"F32", "Q8_0"};
        CausalLm[] models = {LlamaWeights.random(SHAPE, k, ProjectionFactory.f32(k), 1),
                LlamaWeights.random(SHAPE, k, Q8Projection.factory(), 1)};
        double[] gbs = new double[rounds];
        double[][] decode = new double[2][rounds];
        double[][] prompt = new double[2][rounds];
        run(models[0], 8, 16); // JIT warm-up of both paths
        run(models[1], 8, 16);
        for (int r = 0; r < rounds; r++) {
            bw.measure(k.parallel());
            gbs[r] = bw.measure(k.parallel());
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %d: %.2f GB/s", r + 1, gbs[r]));
            for (int m = 0; m < 2; m++) {
                double[] tps = run(models[m], 32, tokens);
                prompt[m][r] = tps[0];
                decode[m][r] = tps[1];
                line.append(String.format(Locale.ROOT, " | %s prompt %.1f tok/s, decode %.2f tok/s", names[m], tps[0], tps[1]));
            }
            System.out.println(line);
        }
        double bandwidth = median(gbs);
        System.out.printf(Locale.ROOT, "%n| dtype | weight bytes / token | floor (ms/token) = bytes ÷ %.2f GB/s | decode tok/s (median) | ms/token | × floor | prompt tok/s (32 tokens) |%n", bandwidth);
        System.out.println("|---|---|---|---|---|---|---|");
        for (int m = 0; m < 2; m++) {
            long bytes = models[m].weightBytes();
            double floorMs = bytes / (bandwidth * 1e9) * 1e3;
            double tps = median(decode[m]);
            System.out.printf(Locale.ROOT, "| %s | %,d (%.1f MB) | %.2f (%.1f tok/s) | %.2f | %.2f | %.2f× | %.1f |%n",
                    names[m], bytes, bytes / 1e6, floorMs, 1e3 / floorMs, tps, 1e3 / tps, (1e3 / tps) / floorMs, median(prompt[m]));
        }
    }

    /** {tokens/s of the prompt's batched forward, tokens/s of greedy decode steps}. */
    static double[] run(CausalLm lm, int promptLength, int steps) {
        SplittableRandom r = new SplittableRandom(promptLength);
        int[] promptIds = r.ints(promptLength, 0, lm.vocabSize()).toArray();
        KvCache cache = lm.newCache(promptLength + steps);
        long t0 = System.nanoTime();
        float[] logits = lm.forward(promptIds, 0, cache);
        long t1 = System.nanoTime();
        for (int s = 0; s < steps; s++) {
            logits = lm.forward(new int[] {argmax(logits)}, cache.length(), cache);
        }
        long t2 = System.nanoTime();
        return new double[] {promptLength * 1e9 / (t1 - t0), steps * 1e9 / (t2 - t1)};
    }

    private static int argmax(float[] z) {
        int best = 0;
        for (int i = 1; i < z.length; i++) {
            if (z[i] > z[best]) {
                best = i;
            }
        }
        return best;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
