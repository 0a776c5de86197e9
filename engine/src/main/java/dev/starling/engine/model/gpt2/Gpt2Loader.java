package dev.starling.engine.model.gpt2;

import dev.starling.engine.format.WeightFile;
import dev.starling.engine.format.WeightFormats;
import dev.starling.engine.nn.Projection;
import dev.starling.engine.nn.ProjectionFactory;
import dev.starling.engine.nn.RowLayerNorm;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tensor.Tensor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a GPT-2 checkpoint directory: config.json + model.safetensors, HF parameter names
 * ({@code wte.weight}, {@code h.N.attn.c_attn.weight} …, optionally prefixed {@code transformer.}).
 * GPT-2's Conv1D stores weights [in, out]; they are transposed here, at the boundary, to the
 * [out, in] orientation every {@link Projection} takes.
 */
public final class Gpt2Loader {
    private Gpt2Loader() {
    }

    /** @param storage how to hold the matrices (float32 or quantised) */
    public static Gpt2Model load(Path dir, Kernels kernels, ProjectionFactory storage) throws IOException {
        Path configFile = dir.resolve("config.json");
        Path weights = dir.resolve("model.safetensors");
        if (!Files.isRegularFile(configFile) || !Files.isRegularFile(weights)) {
            throw new IOException(dir + " is not a GPT-2 model directory (needs config.json and model.safetensors)");
        }
        Gpt2Config c = Gpt2Config.fromJson(Files.readString(configFile, StandardCharsets.UTF_8));
        try (WeightFile f = WeightFormats.open(weights)) {
            String p = f.names().contains("wte.weight") ? "" : "transformer.";
            float[] wte = f32(f, p + "wte.weight", (long) c.vocabSize() * c.hidden());
            float[] wpe = f32(f, p + "wpe.weight", (long) c.contextLength() * c.hidden());
            List<Gpt2Layer> layers = new ArrayList<>();
            for (int l = 0; l < c.layers(); l++) {
                String h = p + "h." + l + ".";
                layers.add(new Gpt2Layer(norm(f, h + "ln_1", c),
                        conv1d(f, storage, h + "attn.c_attn", c.hidden(), 3 * c.hidden()), f32(f, h + "attn.c_attn.bias", 3L * c.hidden()),
                        conv1d(f, storage, h + "attn.c_proj", c.hidden(), c.hidden()), f32(f, h + "attn.c_proj.bias", c.hidden()),
                        norm(f, h + "ln_2", c),
                        conv1d(f, storage, h + "mlp.c_fc", c.hidden(), c.intermediate()), f32(f, h + "mlp.c_fc.bias", c.intermediate()),
                        conv1d(f, storage, h + "mlp.c_proj", c.intermediate(), c.hidden()), f32(f, h + "mlp.c_proj.bias", c.hidden())));
            }
            Projection out = f.names().contains("lm_head.weight")
                    ? storage.ofOutIn(f32(f, "lm_head.weight", (long) c.vocabSize() * c.hidden()), c.vocabSize(), c.hidden())
                    : storage.ofOutIn(wte, c.vocabSize(), c.hidden());
            return new Gpt2Model(c, kernels, wte, wpe, layers, norm(f, p + "ln_f", c), out);
        }
    }

    private static Projection conv1d(WeightFile f, ProjectionFactory storage, String name, int in, int out) {
        float[] w = f32(f, name + ".weight", (long) in * out); // [in, out]
        float[] t = new float[w.length];
        for (int i = 0; i < in; i++) {
            for (int o = 0; o < out; o++) {
                t[o * in + i] = w[i * out + o];
            }
        }
        return storage.ofOutIn(t, out, in);
    }

    private static RowLayerNorm norm(WeightFile f, String name, Gpt2Config c) {
        return new RowLayerNorm(f32(f, name + ".weight", c.hidden()), f32(f, name + ".bias", c.hidden()), c.layerNormEps());
    }

    private static float[] f32(WeightFile f, String name, long size) {
        if (!f.names().contains(name)) {
            throw new IllegalArgumentException(f.path() + " has no tensor " + name);
        }
        Tensor t = f.tensor(name).toF32();
        if (t.size() != size) {
            throw new IllegalArgumentException(f.path() + ": " + name + " has " + t.size() + " values, expected " + size);
        }
        return t.f32();
    }
}
