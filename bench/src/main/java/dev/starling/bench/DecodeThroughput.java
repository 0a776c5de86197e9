package dev.starling.bench;

import dev.starling.engine.format.gguf.GgufFile;
import dev.starling.engine.generate.CausalLm;
import dev.starling.engine.generate.DecodeSpeed;
import dev.starling.engine.model.gpt.GptConfig;
import dev.starling.engine.model.gpt.GptGgufExport;
import dev.starling.engine.model.gpt.TrainableGpt;
import dev.starling.engine.model.gpt2.Gpt2GgufLoader;
import dev.starling.engine.model.llama.LlamaConfig;
import dev.starling.engine.model.llama.LlamaModel;
import dev.starling.engine.model.llama.LlamaWeights;
import dev.starling.engine.model.llama.RopeScaling;
import dev.starling.engine.nn.ProjectionFactory;
import dev.starling.engine.nn.Q8Projection;
import dev.starling.engine.nn.Rope;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decoding speed of a synthetic Llama-shaped model (~100M parameters, random weights) at F32 and
 * Q8_0, beside the memory-bandwidth floor measured in the same run: decoding one token reads every
 * weight matrix once, so bytes per token ÷ read bandwidth is the least time a token can take.
 * Each round: bandwidth (the best of three passes, after 30 warm-up passes), then per dtype a 32-token prompt (one batched forward) and N greedy
 * decode steps with the KV cache. Prints one line per round and a Markdown summary of medians.
 * Usage: DecodeThroughput [ROUNDS=5] [TOKENS=64] [THREADS=2] [llama|tweet-gpt]
 * ({@code tweet-gpt}: the shipped {@code models/tweet-gpt.gguf} as Q8_0, beside an F32 model of the
 * same shape; run from the repository root or set {@code -Dstarling.home}).
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
            System.out.println("model: the shipped models/tweet-gpt.gguf (Q8_0) and an F32 model of its shape (GPT-2 wiring, V 4096, C 192, 4 layers, 4 heads, I 768, context 64)");
            tokens = Math.min(tokens, 64 - promptLength);
        }
        double[] gbs = new double[rounds];
        double[][] decode = new double[2][rounds];
        double[][] prompt = new double[2][rounds];
        for (int w = 0; w < (gpt ? 30 : 3); w++) { // JIT warm-up of both paths at the measured shapes (C2 compiles the kernels)
            run(models[0], promptLength, tokens);
            run(models[1], promptLength, tokens);
        }
        for (int w = 0; w < 30; w++) { // the bandwidth loop too: before C2 has compiled it, it reads ~30 % slower
            bw.measure(k.parallel());
        }
        for (int r = 0; r < rounds; r++) {
            gbs[r] = Math.max(bw.measure(k.parallel()), Math.max(bw.measure(k.parallel()), bw.measure(k.parallel())));
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
        System.out.printf(Locale.ROOT, "%n| dtype | weight bytes / token | floor (ms/token) = bytes ÷ %.2f GB/s | decode tok/s (median) | ms/token | × floor | × floor, per round (median) | prompt tok/s (%d tokens) |%n", bandwidth, promptLength);
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int m = 0; m < 2; m++) {
            long bytes = models[m].weightBytes();
            double floorMs = bytes / (bandwidth * 1e9) * 1e3;
            double tps = median(decode[m]);
            // the machine's bandwidth drifts between rounds (other tenants of the host): each round's
            // decode time against the floor of the bandwidth measured just before it
            double[] perRound = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                perRound[r] = (1e3 / decode[m][r]) / (bytes / (gbs[r] * 1e9) * 1e3);
            }
            System.out.printf(Locale.ROOT, "| %s | %,d (%.1f MB) | %.2f (%.1f tok/s) | %.2f | %.2f | %.2f× | %.2f× | %.1f |%n",
                    names[m], bytes, bytes / 1e6, floorMs, 1e3 / floorMs, tps, 1e3 / tps, (1e3 / tps) / floorMs, median(perRound),
                    median(prompt[m]));
        }
    }

    /**
     * The shipped tweet model as shipped ({@code models/tweet-gpt.gguf}, Q8_0 matrices) and an F32
     * model of its exact shape (random weights, exported and loaded the same way), both through
     * the gpt2 GGUF loader. Index 0 is F32, 1 is Q8_0.
     */
    static CausalLm[] tweetGpt(Kernels k) {
        try {
            Path shipped = Path.of(System.getProperty("starling.home", ".")).resolve("models/tweet-gpt.gguf");
            GptConfig c;
            try (GgufFile g = GgufFile.open(shipped)) {
                c = new GptConfig((int) g.tensorInfo("token_embd.weight").dims()[1], g.metadata().getInt("gpt2.embedding_length"),
                        g.metadata().getInt("gpt2.block_count"), g.metadata().getInt("gpt2.attention.head_count"),
                        g.metadata().getInt("gpt2.feed_forward_length"), g.metadata().getInt("gpt2.context_length"), 1e-5f);
            }
            List<String> vocab = new ArrayList<>();
            for (int i = 0; i < c.vocabSize(); i++) {
                vocab.add("t" + i);
            }
            Path f32 = Files.createTempFile("tweet-gpt-f32", ".gguf");
            GptGgufExport.write(f32, TrainableGpt.random(c, 0f, 1), c, vocab, List.of(), c.vocabSize() - 1, false, Map.of());
            try (GgufFile a = GgufFile.open(f32); GgufFile b = GgufFile.open(shipped)) {
                return new CausalLm[] {Gpt2GgufLoader.model(a, k, false), Gpt2GgufLoader.model(b, k, false)};
            } finally {
                Files.deleteIfExists(f32);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {tokens/s of the prompt's batched forward, tokens/s of greedy decode steps}. */
    static double[] run(CausalLm lm, int promptLength, int steps) {
        return DecodeSpeed.run(lm, promptLength, steps);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
