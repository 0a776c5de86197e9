package dev.starling.engine.model.gpt2;

import dev.starling.engine.autograd.Tape;
import dev.starling.engine.generate.LanguageModel;
import dev.starling.engine.generate.LanguageModels;
import dev.starling.engine.generate.SamplingConfig;
import dev.starling.engine.generate.TextGeneration;
import dev.starling.engine.model.gpt.GptConfig;
import dev.starling.engine.model.gpt.GptGgufExport;
import dev.starling.engine.model.gpt.TrainableGpt;
import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.ops.Parallel;
import dev.starling.engine.ops.VectorKernels;
import dev.starling.engine.tokenizer.bpe.ByteLevelBpeTokenizer;
import dev.starling.engine.tokenizer.bpetrain.ByteLevelBpe;
import dev.starling.engine.tokenizer.bpetrain.ByteLevelBpeTrainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starling's own decoder through its GGUF export and back: the loader registered for gpt2 GGUF
 * files gives the trainable model's logits (F32: 1e-4; Q8_0: within 5 % of the logit range, argmax
 * mostly kept), and the vocabulary stored in the file encodes like the trainer's encoder.
 */
class Gpt2GgufLoaderTest {
    final Kernels k = new VectorKernels(Parallel.of(2));

    static ByteLevelBpe bpe() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            texts.add("I love this new phone! The camera is amazing. @user see you at the game tonight #NBA 🏀");
        }
        return new ByteLevelBpeTrainer(320, 2, List.of("<|endoftext|>")).train(texts);
    }

    @Test
    void exportedGgufLoadsThroughTheRegistryAndGivesTheTrainedModelsLogits(@TempDir Path dir) throws Exception {
        ByteLevelBpe bpe = bpe();
        GptConfig cfg = new GptConfig(bpe.vocabSize(), 32, 2, 4, 128, 32, 1e-5f);
        TrainableGpt gpt = TrainableGpt.random(cfg, 0f, 5);
        Path file = dir.resolve("tiny.gguf");
        GptGgufExport.write(file, gpt, cfg, bpe.vocab(), bpe.merges(), bpe.vocabSize() - 1, false, Map.of());
        int[] ids = ByteLevelBpeTokenizer.of(bpe, bpe.vocabSize() - 1).tokenize("I love this new phone!");
        int[] tokens = new int[ids.length + 1];
        tokens[0] = bpe.vocabSize() - 1;
        System.arraycopy(ids, 0, tokens, 1, ids.length);
        float[] expected = gpt.logits(Tape.noGrad(k), RaggedBatch.of(List.of(tokens)), null).data();
        try (LanguageModel lm = LanguageModels.load(file, k, false)) {
            assertArrayEquals(ids, lm.codec().encode("I love this new phone!"), "GGUF vocabulary encodes like the trainer's");
            float[] actual = lm.lm().forwardAll(tokens, 0, lm.lm().newCache(tokens.length));
            Gpt2ModelTest.assertClose(expected, 0, actual);
            String text = TextGeneration.pipeline(lm).generate("I love", SamplingConfig.builder().maxTokens(8).seed(1).build()).text();
            assertTrue(text.length() > 0, "a continuation");
        }
        Path q8 = dir.resolve("tiny-q8.gguf");
        GptGgufExport.write(q8, gpt, cfg, bpe.vocab(), bpe.merges(), bpe.vocabSize() - 1, true, Map.of());
        try (LanguageModel lm = LanguageModels.load(q8, k, false)) {
            float[] actual = lm.lm().forwardAll(tokens, 0, lm.lm().newCache(tokens.length));
            float range = 0;
            float worst = 0;
            for (int i = 0; i < expected.length; i++) {
                range = Math.max(range, Math.abs(expected[i]));
                worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
            }
            assertEquals(expected.length, actual.length);
            assertTrue(worst <= 0.05f * range, "Q8_0 max |Δ| " + worst + " vs logit range " + range);
        }
    }

    /**
     * A Q8_0 model decodes one token at a time through {@link Gpt2DecodeStep} (the threads as one
     * team, rows and heads shared out); the batched forward takes the per-matrix path. Both must
     * give the same logits at every position, with 1, 2 and 3 threads (3 splits 4 heads and odd
     * row counts unevenly; 1e-4 of the logit range).
     */
    @Test
    void theTeamDecodeStepGivesTheBatchedForwardsLogits(@TempDir Path dir) throws Exception {
        ByteLevelBpe bpe = bpe();
        GptConfig cfg = new GptConfig(bpe.vocabSize(), 64, 2, 4, 160, 32, 1e-5f);
        Path q8 = dir.resolve("tiny-q8.gguf");
        GptGgufExport.write(q8, TrainableGpt.random(cfg, 0f, 7), cfg, bpe.vocab(), bpe.merges(), bpe.vocabSize() - 1, true, Map.of());
        int[] tokens = ByteLevelBpeTokenizer.of(bpe, bpe.vocabSize() - 1).tokenize("I love this new phone! The camera is amazing.");
        int v = bpe.vocabSize();
        for (int threads = 1; threads <= 3; threads++) {
            Kernels kt = new VectorKernels(Parallel.of(threads));
            try (LanguageModel lm = LanguageModels.load(q8, kt, false)) {
                float[] all = lm.lm().forwardAll(tokens, 0, lm.lm().newCache(tokens.length));
                var cache = lm.lm().newCache(tokens.length);
                for (int t = 0; t < tokens.length; t++) {
                    float[] step = lm.lm().forward(new int[] {tokens[t]}, t, cache);
                    float range = 0;
                    float worst = 0;
                    for (int i = 0; i < v; i++) {
                        range = Math.max(range, Math.abs(all[t * v + i]));
                        worst = Math.max(worst, Math.abs(all[t * v + i] - step[i]));
                    }
                    assertTrue(worst <= 1e-4f * range, threads + " threads, position " + t + ": max |Δ| " + worst + " vs range " + range);
                }
                assertEquals(tokens.length, cache.length());
            }
        }
    }
}
