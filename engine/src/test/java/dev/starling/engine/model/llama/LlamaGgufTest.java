package dev.starling.engine.model.llama;

import dev.starling.engine.format.gguf.GgufFile;
import dev.starling.engine.format.gguf.GgufValue;
import dev.starling.engine.format.gguf.GgufWriter;
import dev.starling.engine.generate.KvCache;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.ops.Parallel;
import dev.starling.engine.ops.VectorKernels;
import dev.starling.engine.tensor.Q8_0Storage;
import dev.starling.engine.tensor.Shape;
import dev.starling.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A GGUF written as llama.cpp's converter writes a HF Llama (Q and K rows permuted per head for
 * adjacent-pair RoPE) loads to the same logits as the HF-layout model with half-split RoPE.
 */
class LlamaGgufTest {
    static final LlamaConfig HF = new LlamaConfig(99, 32, 2, 4, 2, 8, 64, 64, 1e-5f, 10_000,
            RopeScaling.NONE, dev.starling.engine.nn.Rope.Pairing.HALF, false, false);
    static final int[] TOKENS = {1, 50, 3, 77, 12, 98, 40};
    final Kernels k = new VectorKernels(Parallel.of(2));

    @Test
    void permutedLlamaGgufEqualsTheHfLayoutModel(@TempDir Path dir) throws IOException {
        LlamaModelTest.Explicit w = new LlamaModelTest.Explicit(HF, 21);
        float[] expected = w.build(HF, k, 1).forwardAll(TOKENS, 0, new KvCache(2, 8, 16));
        Path file = dir.resolve("tiny.gguf");
        write(w, file, false);
        try (GgufFile f = GgufFile.open(file)) {
            LlamaModel m = LlamaGguf.load(f, k, false);
            assertEquals(dev.starling.engine.nn.Rope.Pairing.ADJACENT, m.config().ropePairing());
            assertEquals(2, m.config().kvHeads());
            float[] actual = m.forwardAll(TOKENS, 0, m.newCache(8));
            LlamaModelTest.assertRowEquals(expected, 0, actual, "GGUF (permuted, adjacent) vs HF (half)");
        }
    }

    @Test
    void q8_0TensorsAreUsedInPlace(@TempDir Path dir) throws IOException {
        LlamaModelTest.Explicit w = new LlamaModelTest.Explicit(HF, 22);
        float[] f32 = w.build(HF, k, 1).forwardAll(TOKENS, 0, new KvCache(2, 8, 16));
        Path file = dir.resolve("tiny-q8.gguf");
        write(w, file, true);
        try (GgufFile f = GgufFile.open(file)) {
            LlamaModel m = LlamaGguf.load(f, k, false);
            float[] q8 = m.forwardAll(TOKENS, 0, m.newCache(8));
            float worst = 0;
            float range = 0;
            for (int i = 0; i < f32.length; i++) {
                worst = Math.max(worst, Math.abs(f32[i] - q8[i]));
                range = Math.max(range, Math.abs(f32[i]));
            }
            assertTrue(worst > 0 && worst < 0.02 * 2 * range, "Q8_0 max |Δ| " + worst + ", |logit| up to " + range);
            assertTrue(m.weightBytes() < 36L * 8 * 1000, "stored as Q8_0: " + m.weightBytes());
        }
    }

    /** As convert_hf_to_gguf.py writes a Llama: Q/K permuted, names mapped, dims reversed. */
    static void write(LlamaModelTest.Explicit w, Path file, boolean q8) throws IOException {
        LlamaConfig c = w.c;
        GgufWriter g = new GgufWriter().put("general.architecture", GgufValue.string("llama"))
                .put("llama.embedding_length", GgufValue.uint32(c.hidden()))
                .put("llama.block_count", GgufValue.uint32(c.layers()))
                .put("llama.attention.head_count", GgufValue.uint32(c.heads()))
                .put("llama.attention.head_count_kv", GgufValue.uint32(c.kvHeads()))
                .put("llama.feed_forward_length", GgufValue.uint32(c.intermediate()))
                .put("llama.context_length", GgufValue.uint32(c.contextLength()))
                .put("llama.rope.freq_base", GgufValue.float32((float) c.ropeTheta()))
                .put("llama.attention.layer_norm_rms_epsilon", GgufValue.float32(c.rmsNormEps()));
        int h = c.hidden();
        g.tensor("token_embd.weight", Tensor.of(w.embedding, c.vocabSize(), h));
        g.tensor("output.weight", mat(w.output, c.vocabSize(), h, q8));
        g.tensor("output_norm.weight", Tensor.of(ones(h), h));
        String[] names = {"attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate", "ffn_up", "ffn_down"};
        int[][] shapes = {{c.qDim(), h}, {c.kvDim(), h}, {c.kvDim(), h}, {h, c.qDim()},
                {c.intermediate(), h}, {c.intermediate(), h}, {h, c.intermediate()}};
        for (int l = 0; l < c.layers(); l++) {
            float[][] m = w.layers.get(l);
            for (int i = 0; i < names.length; i++) {
                float[] data = i == 0 ? permute(m[0], c.heads(), c.headDim(), h)
                        : i == 1 ? permute(m[1], c.kvHeads(), c.headDim(), h) : m[i];
                g.tensor("blk." + l + "." + names[i] + ".weight", mat(data, shapes[i][0], shapes[i][1], q8));
            }
            g.tensor("blk." + l + ".attn_norm.weight", Tensor.of(ones(h), h));
            g.tensor("blk." + l + ".ffn_norm.weight", Tensor.of(ones(h), h));
        }
        g.write(file);
    }

    /** llama.cpp's permute: per head, row a·d/2 + j (a ∈ {0, 1}) moves to row 2j + a. */
    static float[] permute(float[] w, int heads, int d, int cols) {
        float[] out = new float[w.length];
        for (int hd = 0; hd < heads; hd++) {
            for (int a = 0; a < 2; a++) {
                for (int j = 0; j < d / 2; j++) {
                    System.arraycopy(w, (hd * d + a * d / 2 + j) * cols, out, (hd * d + 2 * j + a) * cols, cols);
                }
            }
        }
        return out;
    }

    private static Tensor mat(float[] data, int rows, int cols, boolean q8) {
        return q8 ? new Tensor(Shape.of(rows, cols), Q8_0Storage.quantize(data)) : Tensor.of(data, rows, cols);
    }

    private static float[] ones(int n) {
        float[] g = new float[n];
        java.util.Arrays.fill(g, 1f);
        return g;
    }
}
