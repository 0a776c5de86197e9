package dev.starling.engine.model.gpt2;

import dev.starling.engine.format.gguf.GgufFile;
import dev.starling.engine.format.gguf.GgufMetadata;
import dev.starling.engine.generate.LanguageModel;
import dev.starling.engine.generate.LanguageModelLoader;
import dev.starling.engine.generate.LmTokenizerCodec;
import dev.starling.engine.model.GgufWeights;
import dev.starling.engine.nn.Projection;
import dev.starling.engine.nn.RowLayerNorm;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tokenizer.Tokenizer;
import dev.starling.engine.tokenizer.bpe.LmTokenizer;
import dev.starling.engine.tokenizer.gguf.GgufTokenizers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * GPT-2 from a GGUF file (general.architecture "gpt2"; llama.cpp's names token_embd,
 * position_embd, blk.N.attn_norm/attn_qkv/attn_output/ffn_norm/ffn_up/ffn_down, output_norm,
 * output). llama.cpp's converter already transposed GPT-2's Conv1D weights to [out, in], so unlike
 * {@link Gpt2Loader} nothing is transposed here. GELU is the tanh form, as llama.cpp computes it.
 */
public final class Gpt2Gguf implements LanguageModelLoader {
    @Override
    public String name() {
        return "gpt2-gguf";
    }

    @Override
    public boolean accepts(Path path) {
        if (!Files.isRegularFile(path) || !path.getFileName().toString().endsWith(".gguf")) {
            return false;
        }
        try (GgufFile f = GgufFile.open(path)) {
            return "gpt2".equals(f.metadata().optString("general.architecture").orElse(""));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public LanguageModel load(Path path, Kernels kernels, boolean q8) throws IOException {
        try (GgufFile f = GgufFile.open(path)) {
            Tokenizer t = GgufTokenizers.build(GgufTokenizers.vocab(f.metadata()));
            if (!(t instanceof LmTokenizer lm)) {
                throw new IllegalArgumentException(path + ": its " + t.getClass().getSimpleName() + " vocabulary cannot generate text");
            }
            return new LanguageModel(path.getFileName().toString(), model(f, kernels, q8), new LmTokenizerCodec(lm));
        }
    }

    /** The network of an open GGUF file (tensors are copied; the file may be closed afterwards). */
    public static Gpt2Model model(GgufFile f, Kernels kernels, boolean q8) {
        GgufMetadata m = f.metadata();
        int hidden = m.getInt("gpt2.embedding_length");
        Gpt2Config c = new Gpt2Config((int) f.tensorInfo("token_embd.weight").dims()[1], hidden, m.getInt("gpt2.block_count"),
                m.getInt("gpt2.attention.head_count"), m.optInt("gpt2.feed_forward_length").orElse(4 * hidden),
                m.getInt("gpt2.context_length"), m.optFloat("gpt2.attention.layer_norm_epsilon").orElse(1e-5f), true);
        List<Gpt2Layer> layers = new ArrayList<>();
        for (int l = 0; l < c.layers(); l++) {
            String p = "blk." + l + ".";
            layers.add(new Gpt2Layer(norm(f, p + "attn_norm", c), proj(f, p + "attn_qkv", kernels, q8), bias(f, p + "attn_qkv"),
                    proj(f, p + "attn_output", kernels, q8), bias(f, p + "attn_output"), norm(f, p + "ffn_norm", c),
                    proj(f, p + "ffn_up", kernels, q8), bias(f, p + "ffn_up"),
                    proj(f, p + "ffn_down", kernels, q8), bias(f, p + "ffn_down")));
        }
        Projection output = proj(f, f.hasTensor("output.weight") ? "output" : "token_embd", kernels, q8);
        return new Gpt2Model(c, kernels, f.tensorF32("token_embd.weight").f32(), f.tensorF32("position_embd.weight").f32(),
                layers, norm(f, "output_norm", c), output);
    }

    private static Projection proj(GgufFile f, String name, Kernels kernels, boolean q8) {
        return GgufWeights.projection(f, name + ".weight", kernels, q8);
    }

    private static float[] bias(GgufFile f, String name) {
        return GgufWeights.optionalF32(f, name + ".bias");
    }

    private static RowLayerNorm norm(GgufFile f, String name, Gpt2Config c) {
        return new RowLayerNorm(f.tensorF32(name + ".weight").f32(), f.tensorF32(name + ".bias").f32(), c.layerNormEps());
    }
}
