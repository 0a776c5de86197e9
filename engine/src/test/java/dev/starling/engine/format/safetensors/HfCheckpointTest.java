package dev.starling.engine.format.safetensors;

import dev.starling.engine.format.WeightFormatException;
import dev.starling.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A HuggingFace model folder (config.json + sharded or single safetensors) as one weight source. */
class HfCheckpointTest {
    @TempDir
    Path dir;

    private static final String CONFIG = "{\"architectures\": [\"LlamaForCausalLM\"], \"hidden_size\": 64,"
            + " \"num_hidden_layers\": 2, \"rms_norm_eps\": 1e-5, \"tie_word_embeddings\": false,"
            + " \"model_type\": \"llama\", \"rope_scaling\": null}";

    @Test
    void shardedFolder() throws IOException {
        Files.writeString(dir.resolve("config.json"), CONFIG);
        SafetensorsWriter.write(dir.resolve("a.safetensors"), Map.of("x", Tensor.of(new float[] {1, 2}, 2)), Map.of());
        SafetensorsWriter.write(dir.resolve("b.safetensors"), Map.of("y", Tensor.of(new float[] {3}, 1)), Map.of());
        Files.writeString(dir.resolve(SafetensorsIndex.DEFAULT_NAME),
                "{\"weight_map\": {\"y\": \"b.safetensors\", \"x\": \"a.safetensors\"}}");
        try (HfCheckpoint c = HfCheckpoint.open(dir)) {
            assertEquals(64, c.config().getInt("hidden_size"));
            assertEquals(1e-5f, c.config().getFloat("rms_norm_eps"));
            assertEquals("llama", c.config().getString("model_type"));
            assertEquals(List.of("LlamaForCausalLM"), c.config().optList("architectures").orElseThrow());
            assertTrue(c.config().optInt("rope_scaling").isEmpty(), "null counts as absent");
            assertEquals(List.of("y", "x"), List.copyOf(c.names()));
            assertArrayEquals(new float[] {1, 2}, c.tensor("x").f32());
            WeightFormatException e = assertThrows(WeightFormatException.class, () -> c.config().getInt("model_type"));
            assertTrue(e.getMessage().contains("config.json") && e.getMessage().contains("model_type"), e.getMessage());
            assertThrows(WeightFormatException.class, () -> c.config().getInt("rms_norm_eps"));
            assertThrows(WeightFormatException.class, () -> c.config().getInt("vocab_size"));
        }
    }

    @Test
    void singleFileFolder() throws IOException {
        Files.writeString(dir.resolve("config.json"), CONFIG);
        SafetensorsWriter.write(dir.resolve("model.safetensors"), Map.of("w", Tensor.of(new float[] {5}, 1)), Map.of());
        try (HfCheckpoint c = HfCheckpoint.open(dir)) {
            assertEquals(2, c.config().getInt("num_hidden_layers"));
            assertArrayEquals(new float[] {5}, c.tensor("w").f32());
        }
    }

    @Test
    void brokenFoldersSayWhatIsMissing() throws IOException {
        assertFails(dir, "no config.json");
        Files.writeString(dir.resolve("config.json"), CONFIG);
        assertFails(dir, "neither");
        Files.writeString(dir.resolve("config.json"), "[1, 2]");
        assertFails(dir, "not a JSON object");
        Files.write(dir.resolve("config.json"), new byte[] {'{', '"', (byte) 0xff, '"', '}'});
        assertFails(dir, "UTF-8");
        assertFails(dir.resolve("config.json"), "not a model folder");
    }

    private static void assertFails(Path p, String expected) {
        WeightFormatException e = assertThrows(WeightFormatException.class, () -> HfCheckpoint.open(p));
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }
}
