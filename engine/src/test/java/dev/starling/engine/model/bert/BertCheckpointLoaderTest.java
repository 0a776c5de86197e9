package dev.starling.engine.model.bert;

import dev.starling.engine.format.WeightFormatException;
import dev.starling.engine.format.safetensors.SafetensorsWriter;
import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.nn.Workspace;
import dev.starling.engine.ops.ScalarKernels;
import dev.starling.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A HuggingFace-layout checkpoint (config.json + model.safetensors, [out, in] linears) loads to the same model. */
class BertCheckpointLoaderTest {
    @TempDir
    Path dir;

    static final String CONFIG_JSON = """
            {"architectures": ["BertModel"], "model_type": "bert", "vocab_size": 99, "hidden_size": 32,
             "num_hidden_layers": 2, "num_attention_heads": 4, "intermediate_size": 37,
             "max_position_embeddings": 64, "type_vocab_size": 2, "layer_norm_eps": 1e-12, "hidden_act": "gelu"}""";

    private void writeCheckpoint(String prefix) throws IOException {
        Map<String, Tensor> hf = new LinkedHashMap<>();
        for (var e : BertModelTest.W.entrySet()) {
            boolean linear = e.getKey().startsWith("encoder.") && e.getKey().endsWith(".weight") && !e.getKey().contains("LayerNorm");
            hf.put(prefix + e.getKey(), linear ? e.getValue().transpose2d() : e.getValue()); // PyTorch stores [out, in]
        }
        SafetensorsWriter.write(dir.resolve("model.safetensors"), hf, Map.of("format", "pt"));
        Files.writeString(dir.resolve("config.json"), CONFIG_JSON);
    }

    @Test
    void checkpointLoadsToTheSameModel() throws IOException {
        for (String prefix : List.of("", "bert.")) {
            writeCheckpoint(prefix);
            BertModel fromCheckpoint = BertCheckpointLoader.load(dir, new ScalarKernels());
            BertModel reference = BertModelTest.model(new ScalarKernels());
            RaggedBatch b = RaggedBatch.of(List.of(BertModelTest.SEQS));
            int n = b.tokens() * 32;
            float[] expected = java.util.Arrays.copyOf(reference.forward(b, new Workspace()), n);
            float[] actual = java.util.Arrays.copyOf(fromCheckpoint.forward(b, new Workspace()), n);
            assertArrayEquals(expected, actual, 0f, "prefix '" + prefix + "'");
            assertTrue(BertCheckpointLoader.isCheckpoint(dir));
        }
    }

    @Test
    void missingPiecesAreNamed() throws IOException {
        var e = assertThrows(WeightFormatException.class, () -> BertCheckpointLoader.load(dir, new ScalarKernels()));
        assertTrue(e.getMessage().contains("config.json"), e.getMessage());
        Files.writeString(dir.resolve("config.json"), CONFIG_JSON);
        var e2 = assertThrows(WeightFormatException.class, () -> BertCheckpointLoader.load(dir, new ScalarKernels()));
        assertTrue(e2.getMessage().contains("model.safetensors"), e2.getMessage());
        Files.writeString(dir.resolve("config.json"), CONFIG_JSON.replace("\"gelu\"", "\"relu\""));
        writeCheckpoint("");
        Files.writeString(dir.resolve("config.json"), CONFIG_JSON.replace("\"gelu\"", "\"relu\""));
        var e3 = assertThrows(WeightFormatException.class, () -> BertCheckpointLoader.load(dir, new ScalarKernels()));
        assertTrue(e3.getMessage().contains("hidden_act 'relu'"), e3.getMessage());
    }
}
