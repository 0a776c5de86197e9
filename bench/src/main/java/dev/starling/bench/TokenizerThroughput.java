package dev.starling.bench;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.starling.engine.tokenizer.Tokenizer;
import dev.starling.engine.tokenizer.gguf.GgufTokenizers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Encoding throughput of the GGUF-vocabulary tokenizers on real tweets (tweeteval sentiment test
 * texts): per tokenizer, one warm-up pass, then ROUNDS timed passes over all texts (each a fresh
 * tokenizer, so the BPE word cache starts empty every round); prints texts/s and tokens/s per round
 * and the medians. GPT-2 is also timed with jtokkit (r50k_base) as the reference speed.
 * Usage: TokenizerThroughput DATASETS_DIR [ROUNDS=5]
 */
public final class TokenizerThroughput {
    private static final List<String> VOCABS = List.of("gpt-2", "llama-spm", "deepseek-llm", "falcon", "bert-bge");

    private TokenizerThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path tweets = data.resolve("tweeteval/datasets/sentiment/test_text.txt");
        List<String> texts = Files.readAllLines(tweets, StandardCharsets.UTF_8);
        System.out.printf("%d texts, %d chars%n", texts.size(), texts.stream().mapToInt(String::length).sum());
        for (String name : VOCABS) {
            Path gguf = data.resolve("llama-cpp-vocab/ggml-vocab-" + name + ".gguf");
            time("ours " + name, texts, rounds, () -> {
                Tokenizer t = GgufTokenizers.load(gguf);
                return s -> t.tokenize(s).length;
            });
        }
        Encoding jtokkit = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.R50K_BASE);
        time("jtokkit r50k_base", texts, rounds, () -> s -> jtokkit.encodeOrdinary(s).size());
    }

    interface Factory {
        ToIntFunction<String> create() throws IOException;
    }

    private static void time(String label, List<String> texts, int rounds, Factory factory) throws IOException {
        run(factory.create(), texts); // warm-up: JIT
        double[] textsPerS = new double[rounds];
        double[] tokensPerS = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            ToIntFunction<String> enc = factory.create();
            long t0 = System.nanoTime();
            long tokens = run(enc, texts);
            double s = (System.nanoTime() - t0) / 1e9;
            textsPerS[r] = texts.size() / s;
            tokensPerS[r] = tokens / s;
            System.out.printf(Locale.ROOT, "%-24s round %d: %,10.0f texts/s %,12.0f tokens/s (%d tokens)%n",
                    label, r + 1, textsPerS[r], tokensPerS[r], tokens);
        }
        System.out.printf(Locale.ROOT, "%-24s MEDIAN   : %,10.0f texts/s %,12.0f tokens/s%n",
                label, median(textsPerS), median(tokensPerS));
    }

    private static long run(ToIntFunction<String> enc, List<String> texts) {
        long n = 0;
        for (String t : texts) {
            n += enc.applyAsInt(t);
        }
        return n;
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
