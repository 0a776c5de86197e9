package dev.starling.engine.model.gpt2;

import dev.starling.engine.format.gguf.GgufFile;
import dev.starling.engine.format.gguf.GgufValue;
import dev.starling.engine.format.gguf.GgufWriter;
import dev.starling.engine.format.safetensors.SafetensorsWriter;
import dev.starling.engine.model.gpt.TrainableGpt;
import dev.starling.engine.nn.ProjectionFactory;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.ops.Parallel;
import dev.starling.engine.ops.VectorKernels;
import dev.starling.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A GPT-2 GGUF written as llama.cpp's converter writes one (Conv1D weights transposed to [out, in],
 * llama.cpp names) gives the logits of the same weights loaded from HF safetensors (tanh GELU).
 */
class Gpt2GgufTest {
    final Kernels k = new VectorKernels(Parallel.of(2));

    @Test
    void ggufAndSafetensorsGiveTheSameLogits(@TempDir Path dir) throws IOException {
        TrainableGpt gpt = TrainableGpt.random(Gpt2ModelTest.TINY, 0f, 9);
        Map<String, Tensor> w = gpt.weights();
        Path st = Files.createDirectories(dir.resolve("hf"));
        SafetensorsWriter.write(st.resolve("model.safetensors"), w, Map.of());
        var c = Gpt2ModelTest.TINY;
        Files.writeString(st.resolve("config.json"), "{\"model_type\": \"gpt2\", \"vocab_size\": 99, \"n_embd\": 32, \"n_layer\": 2, "
                + "\"n_head\": 4, \"n_inner\": 128, \"n_positions\": 24, \"layer_norm_epsilon\": 1e-5}");
        Gpt2Model hf = Gpt2Loader.load(st, k, ProjectionFactory.f32(k));

        GgufWriter g = new GgufWriter().put("general.architecture", GgufValue.string("gpt2"))
                .put("gpt2.embedding_length", GgufValue.uint32(c.hidden())).put("gpt2.block_count", GgufValue.uint32(c.layers()))
                .put("gpt2.attention.head_count", GgufValue.uint32(c.heads())).put("gpt2.feed_forward_length", GgufValue.uint32(c.intermediate()))
                .put("gpt2.context_length", GgufValue.uint32(c.maxPositions()))
                .put("gpt2.attention.layer_norm_epsilon", GgufValue.float32(c.layerNormEps()));
        g.tensor("token_embd.weight", w.get("wte.weight")).tensor("position_embd.weight", w.get("wpe.weight"))
                .tensor("output_norm.weight", w.get("ln_f.weight")).tensor("output_norm.bias", w.get("ln_f.bias"));
        String[][] names = {{"ln_1", "attn_norm"}, {"ln_2", "ffn_norm"}};
        String[][] mats = {{"attn.c_attn", "attn_qkv"}, {"attn.c_proj", "attn_output"}, {"mlp.c_fc", "ffn_up"}, {"mlp.c_proj", "ffn_down"}};
        for (int l = 0; l < c.layers(); l++) {
            String h = "h." + l + ".";
            String b = "blk." + l + ".";
            for (String[] n : names) {
                g.tensor(b + n[1] + ".weight", w.get(h + n[0] + ".weight")).tensor(b + n[1] + ".bias", w.get(h + n[0] + ".bias"));
            }
            for (String[] n : mats) {
                g.tensor(b + n[1] + ".weight", w.get(h + n[0] + ".weight").transpose2d()).tensor(b + n[1] + ".bias", w.get(h + n[0] + ".bias"));
            }
        }
        Path file = dir.resolve("tiny-gpt2.gguf");
        g.write(file);
        try (GgufFile f = GgufFile.open(file)) {
            Gpt2Model gguf = Gpt2GgufLoader.model(f, k, false);
            float[] a = hf.forwardAll(Gpt2ModelTest.TOKENS, 0, hf.newCache(12));
            float[] b = gguf.forwardAll(Gpt2ModelTest.TOKENS, 0, gguf.newCache(12));
            assertEquals(a.length, b.length);
            Gpt2ModelTest.assertClose(a, 0, b);
        }
    }
}
