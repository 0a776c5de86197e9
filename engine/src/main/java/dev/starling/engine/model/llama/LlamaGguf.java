package dev.starling.engine.model.llama;

import dev.starling.engine.format.gguf.GgufFile;
import dev.starling.engine.format.gguf.GgufMetadata;
import dev.starling.engine.model.GgufWeights;
import dev.starling.engine.nn.Projection;
import dev.starling.engine.nn.RmsNorm;
import dev.starling.engine.nn.Rope;
import dev.starling.engine.ops.Kernels;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Llama-family model from a GGUF file (llama.cpp's names: token_embd, blk.N.attn_q …, output_norm,
 * output). Matrices stay in their stored precision (Q8_0 used in place, Q4_0 through the quantised
 * kernels, F16/BF16 widened to F32), or are quantised to Q8_0 with {@code q8}.
 *
 * <p>RoPE pairing: llama.cpp's converter permutes the Q/K rows of {@code llama} models so that
 * adjacent dimensions form the rotated pairs (ggml's "normal" RoPE); {@code qwen2} keeps HF's
 * order and uses the NeoX (half-split) pairing.
 */
public final class LlamaGguf {
    /** Architectures with this wiring; the value of general.architecture. */
    public static final Set<String> ARCHITECTURES = Set.of("llama", "qwen2", "mistral");

    private LlamaGguf() {
    }

    public static LlamaConfig config(GgufMetadata m, GgufFile f) {
        String a = m.getString("general.architecture");
        if (!ARCHITECTURES.contains(a)) {
            throw new IllegalArgumentException("architecture '" + a + "' is not a Llama-family model (supported: " + ARCHITECTURES + ")");
        }
        int hidden = m.getInt(a + ".embedding_length");
        int heads = m.getInt(a + ".attention.head_count");
        int headDim = m.optInt(a + ".attention.key_length").orElse(hidden / heads);
        int vocab = (int) f.tensorInfo("token_embd.weight").dims()[1];
        double theta = m.optFloat(a + ".rope.freq_base").orElse(10_000f);
        RopeScaling scaling = RopeScaling.NONE;
        if (f.hasTensor("rope_freqs.weight")) {
            float[] d = f.tensorF32("rope_freqs.weight").f32();
            double[] div = new double[d.length];
            for (int i = 0; i < d.length; i++) {
                div[i] = d[i];
            }
            scaling = RopeScaling.explicit(div);
        } else if ("linear".equals(m.optString(a + ".rope.scaling.type").orElse(""))) {
            scaling = RopeScaling.linear(m.getFloat(a + ".rope.scaling.factor"));
        }
        return new LlamaConfig(vocab, hidden, m.getInt(a + ".block_count"), heads,
                m.optInt(a + ".attention.head_count_kv").orElse(heads), headDim, m.getInt(a + ".feed_forward_length"),
                m.getInt(a + ".context_length"), m.optFloat(a + ".attention.layer_norm_rms_epsilon").orElse(1e-5f), theta,
                scaling, "qwen2".equals(a) ? Rope.Pairing.HALF : Rope.Pairing.ADJACENT,
                !f.hasTensor("output.weight"), f.hasTensor("blk.0.attn_q.bias"));
    }

    /** The model of an open GGUF file (the file must stay open while the model is used only if mapped; here tensors are copied). */
    public static LlamaModel load(GgufFile f, Kernels kernels, boolean q8) {
        LlamaConfig c = config(f.metadata(), f);
        List<LlamaLayer> layers = new ArrayList<>();
        for (int l = 0; l < c.layers(); l++) {
            String p = "blk." + l + ".";
            layers.add(new LlamaLayer(norm(f, p + "attn_norm", c),
                    proj(f, p + "attn_q", kernels, q8), bias(f, p + "attn_q"),
                    proj(f, p + "attn_k", kernels, q8), bias(f, p + "attn_k"),
                    proj(f, p + "attn_v", kernels, q8), bias(f, p + "attn_v"),
                    proj(f, p + "attn_output", kernels, q8), norm(f, p + "ffn_norm", c),
                    proj(f, p + "ffn_gate", kernels, q8), proj(f, p + "ffn_up", kernels, q8), proj(f, p + "ffn_down", kernels, q8)));
        }
        float[] embedding = f.tensorF32("token_embd.weight").f32();
        Projection output = proj(f, c.tiedEmbeddings() ? "token_embd" : "output", kernels, q8);
        return new LlamaModel(c, kernels, embedding, layers, norm(f, "output_norm", c), output, null);
    }

    private static Projection proj(GgufFile f, String name, Kernels kernels, boolean q8) {
        return GgufWeights.projection(f, name + ".weight", kernels, q8);
    }

    private static float[] bias(GgufFile f, String name) {
        return GgufWeights.optionalF32(f, name + ".bias");
    }

    private static RmsNorm norm(GgufFile f, String name, LlamaConfig c) {
        return new RmsNorm(f.tensorF32(name + ".weight").f32(), c.rmsNormEps());
    }
}
