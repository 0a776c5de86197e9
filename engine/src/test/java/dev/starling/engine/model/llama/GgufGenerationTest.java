package dev.starling.engine.model.llama;

import dev.starling.engine.datasets.Datasets;
import dev.starling.engine.format.gguf.GgufFile;
import dev.starling.engine.format.gguf.GgufValue;
import dev.starling.engine.format.gguf.GgufWriter;
import dev.starling.engine.generate.Generation;
import dev.starling.engine.generate.LanguageModel;
import dev.starling.engine.generate.LanguageModels;
import dev.starling.engine.generate.SamplingConfig;
import dev.starling.engine.generate.TextGeneration;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.ops.Parallel;
import dev.starling.engine.ops.VectorKernels;
import dev.starling.engine.tensor.Tensor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end through the loader registry: a tiny random llama GGUF carrying GPT-2's byte-level BPE
 * vocabulary (from llama.cpp's ggml-vocab-gpt-2.gguf) generates, streams pieces that add up to the
 * text, and is reproducible with a seed.
 */
@Tag("datasets")
class GgufGenerationTest {
    @Test
    void aLlamaGgufWithItsVocabularyGeneratesStreamedText(@TempDir Path dir) throws IOException {
        Path vocabFile = Datasets.file("llama-cpp-vocab/ggml-vocab-gpt-2.gguf");
        Path model = dir.resolve("tiny-llama-gpt2vocab.gguf");
        int vocab;
        GgufWriter g = new GgufWriter();
        try (GgufFile v = GgufFile.open(vocabFile)) {
            v.metadata().keys().stream().filter(key -> key.startsWith("tokenizer.")).forEach(key -> g.put(key, v.metadata().value(key).orElseThrow()));
            vocab = v.metadata().getStringArray("tokenizer.ggml.tokens").length;
        }
        int h = 32;
        int inter = 64;
        g.put("general.architecture", GgufValue.string("llama"))
                .put("llama.embedding_length", GgufValue.uint32(h)).put("llama.block_count", GgufValue.uint32(1))
                .put("llama.attention.head_count", GgufValue.uint32(4)).put("llama.attention.head_count_kv", GgufValue.uint32(2))
                .put("llama.feed_forward_length", GgufValue.uint32(inter)).put("llama.context_length", GgufValue.uint32(128));
        SplittableRandom r = new SplittableRandom(5);
        g.tensor("token_embd.weight", random(r, vocab, h, 0.5)).tensor("output_norm.weight", ones(h));
        g.tensor("blk.0.attn_norm.weight", ones(h)).tensor("blk.0.ffn_norm.weight", ones(h))
                .tensor("blk.0.attn_q.weight", random(r, h, h, 0.1)).tensor("blk.0.attn_k.weight", random(r, 16, h, 0.1))
                .tensor("blk.0.attn_v.weight", random(r, 16, h, 0.1)).tensor("blk.0.attn_output.weight", random(r, h, h, 0.1))
                .tensor("blk.0.ffn_gate.weight", random(r, inter, h, 0.1)).tensor("blk.0.ffn_up.weight", random(r, inter, h, 0.1))
                .tensor("blk.0.ffn_down.weight", random(r, h, inter, 0.1));
        g.write(model);

        Kernels k = new VectorKernels(Parallel.of(2));
        try (LanguageModel lm = LanguageModels.load(model, k, false)) {
            assertTrue(lm.lm().weightBytes() > 0);
            SamplingConfig c = SamplingConfig.builder().maxTokens(20).temperature(1.0).seed(3).build();
            List<String> pieces = new ArrayList<>();
            Generation a = TextGeneration.pipeline(lm).generate("I love this new phone! The camera is amazing.", c, pieces::add);
            Generation b = TextGeneration.pipeline(lm).generate("I love this new phone! The camera is amazing.", c);
            assertEquals(a.text(), String.join("", pieces), "streamed pieces add up to the text");
            assertEquals(a.text(), b.text(), "same seed, same text");
            assertFalse(a.text().isEmpty());
            assertEquals(11, a.promptTokens(), "GPT-2 BPE: 'I| love| this| new| phone|!| The| camera| is| amazing|.'");
            assertEquals("hello world", lm.codec().decode(lm.codec().encode("hello world")));
        }
    }

    private static Tensor random(SplittableRandom r, int rows, int cols, double std) {
        float[] w = new float[rows * cols];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) ((r.nextDouble() * 2 - 1) * std * 1.7);
        }
        return Tensor.of(w, rows, cols);
    }

    private static Tensor ones(int n) {
        float[] g = new float[n];
        java.util.Arrays.fill(g, 1f);
        return Tensor.of(g, n);
    }
}
