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

import dev.starling.engine.format.safetensors.SafetensorsWriter;
import dev.starling.engine.model.gpt.GptConfig;
import dev.starling.engine.model.gpt.TrainableGpt;
import dev.starling.engine.model.gpt2.Gpt2Loader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Decoding speed of a synthetic Llama-shaped model (~100M parameters, random weights) at F32 and
 * Q8_0, beside the memory-bandwidth floor measured in the same run: decoding one token reads every
 * weight matrix once, so bytes per token ÷ read bandwidth is the least time a token can take.
 * Each round: bandwidth, then per dtype a 32-token prompt (one batched forward) and N greedy
 * decode steps with the KV cache. Prints one line per round and a Markdown summary of medians.
 * Usage: DecodeThroughput [ROUNDS=5] [TOKENS=64] [THREADS=2] [llama|tweet-gpt]
 * ({@code tweet-gpt}: the shape {@code starling pretrain --objective clm} trains by default —
 * GPT-2 wiring, MiniLM's WordPiece vocabulary of 30,522, width 128, 2 layers — the size of the
 * model Starling would ship, random weights, loaded through {@link Gpt2Loader}).
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
        boolean gpt = args.length > 3 && args[3].equals("tweet-gpt");
        System.out.printf(Locale.ROOT, "%d threads, backend %s%n", threads, k.name());
        if (!gpt) {
            System.out.printf(Locale.ROOT, "model: synthetic Llama %s, %,d parameters%n", SHAPE, SHAPE.parameters());
        }
        MemoryBandwidth bw = new MemoryBandwidth(1024);
        String[] names = {"F32", "Q8_0"};
        CausalLm[] models = gpt ? tweetGpt(k) : new CausalLm[] {LlamaWeights.random(SHAPE, k, ProjectionFactory.f32(k), 1),
                LlamaWeights.random(SHAPE, k, Q8Projection.factory(), 1)};
        int promptLength = gpt ? 16 : 32;
        if (gpt) {
            System.out.println("model: tweet-gpt shape (GPT-2, V 30522, C 128, 2 layers, 2 heads, I 512, context 64)");
            tokens = Math.min(tokens, 64 - promptLength);
        }
        double[] gbs = new double[rounds];
        double[][] decode = new double[2][rounds];
        double[][] prompt = new double[2][rounds];
        for (int w = 0; w < (gpt ? 30 : 3); w++) { // JIT warm-up of both paths at the measured shapes (C2 compiles the kernels)
            run(models[0], promptLength, tokens);
            run(models[1], promptLength, tokens);
        }
        for (int r = 0; r < rounds; r++) {
            bw.measure(k.parallel());
            gbs[r] = bw.measure(k.parallel());
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %d: %.2f GB/s", r + 1, gbs[r]));
            for (int m = 0; m < 2; m++) {
                double[] tps = run(models[m], promptLength, tokens);
                prompt[m][r] = tps[0];
                decode[m][r] = tps[1];
                line.append(String.format(Locale.ROOT, " | %s prompt %.1f tok/s, decode %.2f tok/s", names[m], tps[0], tps[1]));
            }
            System.out.println(line);
        }
        double bandwidth = median(gbs);
        System.out.printf(Locale.ROOT, "%n| dtype | weight bytes / token | floor (ms/token) = bytes ÷ %.2f GB/s | decode tok/s (median) | ms/token | × floor | prompt tok/s (%d tokens) |%n", bandwidth, promptLength);
        System.out.println("|---|---|---|---|---|---|---|");
        for (int m = 0; m < 2; m++) {
            long bytes = models[m].weightBytes();
            double floorMs = bytes / (bandwidth * 1e9) * 1e3;
            double tps = median(decode[m]);
            System.out.printf(Locale.ROOT, "| %s | %,d (%.1f MB) | %.2f (%.1f tok/s) | %.2f | %.2f | %.2f× | %.1f |%n",
                    names[m], bytes, bytes / 1e6, floorMs, 1e3 / floorMs, tps, 1e3 / tps, (1e3 / tps) / floorMs, median(prompt[m]));
        }
    }

    /** F32 and Q8_0 copies of a random model of the default {@code pretrain --objective clm} shape. */
    static CausalLm[] tweetGpt(Kernels k) {
        try {
            Path dir = Files.createTempDirectory("tweet-gpt");
            GptConfig c = new GptConfig(30522, 128, 2, 2, 512, 64, 1e-5f);
            SafetensorsWriter.write(dir.resolve("model.safetensors"), TrainableGpt.random(c, 0f, 1).weights(), Map.of());
            Files.writeString(dir.resolve("config.json"), "{\"model_type\": \"starling-gpt\", \"vocab_size\": 30522, \"n_embd\": 128, "
                    + "\"n_layer\": 2, \"n_head\": 2, \"n_inner\": 512, \"n_positions\": 64, \"layer_norm_epsilon\": 1e-5}");
            return new CausalLm[] {Gpt2Loader.load(dir, k, ProjectionFactory.f32(k)), Gpt2Loader.load(dir, k, Q8Projection.factory())};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
