package dev.starling.app;

import dev.starling.engine.format.onnx.OnnxGraph;
import dev.starling.engine.format.onnx.OnnxModel;
import dev.starling.engine.format.safetensors.SafetensorsWriter;
import dev.starling.engine.json.Json;
import dev.starling.engine.model.bert.BertOnnxLoader;
import dev.starling.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code embed --model DIR} with a HuggingFace checkpoint (config.json + model.safetensors with
 * PyTorch's [out, in] linear weights and the "bert." prefix of task models), made from the built-in
 * MiniLM: the vectors must equal the built-in model's.
 */
class CheckpointModelTest {
    @TempDir
    Path dir;

    @Test
    void safetensorsCheckpointEmbedsLikeTheBuiltInModel() throws IOException {
        OnnxModel onnx;
        try (InputStream in = CheckpointModelTest.class.getResourceAsStream("/all-minilm-l6-v2.onnx")) {
            onnx = OnnxModel.read(in, "minilm");
        }
        Map<String, Tensor> hf = new LinkedHashMap<>();
        for (var e : BertOnnxLoader.namedWeights(new OnnxGraph(onnx)).entrySet()) {
            String name = e.getKey();
            if (name.equals("embeddings.position_ids")) {
                continue;
            }
            boolean linear = name.startsWith("encoder.") && name.endsWith(".weight") && !name.contains("LayerNorm");
            hf.put("bert." + name, linear ? e.getValue().transpose2d() : e.getValue());
        }
        Path model = Files.createDirectories(dir.resolve("minilm-checkpoint"));
        SafetensorsWriter.write(model.resolve("model.safetensors"), hf, Map.of("format", "pt"));
        Files.writeString(model.resolve("config.json"), """
                {"model_type": "bert", "vocab_size": 30522, "hidden_size": 384, "num_hidden_layers": 6,
                 "num_attention_heads": 12, "intermediate_size": 1536, "max_position_embeddings": 512,
                 "type_vocab_size": 2, "layer_norm_eps": 1e-12, "hidden_act": "gelu"}""");
        try (InputStream in = CheckpointModelTest.class.getResourceAsStream("/all-minilm-l6-v2-tokenizer.json")) {
            Files.copy(in, model.resolve("tokenizer.json"));
        }
        Path posts = Files.writeString(dir.resolve("posts.txt"), "I love this new phone!\nworst service ever 😡\n");
        Path builtIn = dir.resolve("builtin.jsonl");
        Path fromCheckpoint = dir.resolve("checkpoint.jsonl");
        assertEquals(0, CliTestSupport.run("embed", "-i", posts.toString(), "-o", builtIn.toString()).exit());
        CliTestSupport.Run r = CliTestSupport.run("embed", "-i", posts.toString(), "-o", fromCheckpoint.toString(), "--model", model.toString());
        assertEquals(0, r.exit(), r.stderr());
        List<String> a = Files.readAllLines(builtIn, StandardCharsets.UTF_8);
        List<String> b = Files.readAllLines(fromCheckpoint, StandardCharsets.UTF_8);
        for (int i = 0; i < a.size(); i++) {
            float[] x = EmbedCommandTest.vector(Json.parseObject(a.get(i)));
            float[] y = EmbedCommandTest.vector(Json.parseObject(b.get(i)));
            for (int j = 0; j < x.length; j++) {
                assertEquals(x[j], y[j], 1e-6, "post " + i + " dim " + j);
            }
        }
    }
}
