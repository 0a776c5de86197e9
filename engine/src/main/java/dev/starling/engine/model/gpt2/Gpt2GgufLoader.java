package dev.starling.engine.model.gpt2;

import dev.starling.engine.format.gguf.GgufFile;
import dev.starling.engine.format.gguf.GgufMetadata;
import dev.starling.engine.generate.LanguageModel;
import dev.starling.engine.generate.LanguageModelLoader;
import dev.starling.engine.model.GgufWeights;
import dev.starling.engine.nn.Projection;
import dev.starling.engine.nn.RowLayerNorm;
import dev.starling.engine.ops.Kernels;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * GPT-2 GGUF files in llama.cpp's {@code gpt2} layout ({@code token_embd}, {@code position_embd},
 * {@code blk.N.attn_qkv} …), such as the tweet model Starling trains and exports
 * ({@link dev.starling.engine.model.gpt.GptGgufExport}). GGUF matrices are already [out, in] rows.
 * GELU: tanh (GPT-2's) unless {@code starling.gelu} says {@code erf} (Starling's own models).
 */
public final class Gpt2GgufLoader implements LanguageModelLoader {
    @Override
    public String name() {
        return "gpt2-gguf";
    }

    @Override
    public boolean accepts(Path path) {
        return GgufWeights.isGgufOf(path, java.util.Set.of("gpt2"));
    }

    @Override
    public LanguageModel load(Path path, Kernels kernels, boolean q8) throws IOException {
        try (GgufFile f = GgufFile.open(path)) {
            return new LanguageModel(path.getFileName().toString(), model(f, kernels, q8), GgufWeights.codec(f));
        }
    }

    /** The network of an open gpt2 GGUF file (tensors are copied: the file may be closed afterwards). */
    public static Gpt2Model model(GgufFile f, Kernels kernels, boolean q8) {
        Gpt2Config c = config(f.metadata(), f);
        List<Gpt2Layer> layers = new ArrayList<>();
        for (int l = 0; l < c.layers(); l++) {
            String b = "blk." + l + ".";
            layers.add(new Gpt2Layer(norm(f, b + "attn_norm", c), proj(f, b + "attn_qkv", kernels, q8), vec(f, b + "attn_qkv.bias"),
                    proj(f, b + "attn_output", kernels, q8), vec(f, b + "attn_output.bias"), norm(f, b + "ffn_norm", c),
                    proj(f, b + "ffn_up", kernels, q8), vec(f, b + "ffn_up.bias"),
                    proj(f, b + "ffn_down", kernels, q8), vec(f, b + "ffn_down.bias")));
        }
        float[] wte = vec(f, "token_embd.weight");
        Projection out = proj(f, f.hasTensor("output.weight") ? "output" : "token_embd", kernels, q8);
        return new Gpt2Model(c, kernels, wte, vec(f, "position_embd.weight"), layers, norm(f, "output_norm", c), out);
    }

    static Gpt2Config config(GgufMetadata m, GgufFile f) {
        int vocab = (int) f.tensorInfo("token_embd.weight").dims()[1];
        boolean tanh = !"erf".equals(m.optString("starling.gelu").orElse("tanh"));
        return new Gpt2Config(vocab, m.getInt("gpt2.embedding_length"), m.getInt("gpt2.block_count"),
                m.getInt("gpt2.attention.head_count"), m.getInt("gpt2.feed_forward_length"), m.getInt("gpt2.context_length"),
                m.optFloat("gpt2.attention.layer_norm_epsilon").orElse(1e-5f), tanh);
    }

    private static Projection proj(GgufFile f, String name, Kernels kernels, boolean q8) {
        return GgufWeights.projection(f, name + ".weight", kernels, q8);
    }

    private static RowLayerNorm norm(GgufFile f, String name, Gpt2Config c) {
        return new RowLayerNorm(vec(f, name + ".weight"), vec(f, name + ".bias"), c.layerNormEps());
    }

    private static float[] vec(GgufFile f, String name) {
        return f.tensorF32(name).f32();
    }
}
