package dev.starling.engine.format.safetensors;

import dev.starling.engine.format.WeightFormatException;
import dev.starling.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A two-shard checkpoint read through model.safetensors.index.json as one weight file. */
class SafetensorsIndexTest {
    @TempDir
    Path dir;

    private Path twoShards(String weightMap) throws IOException {
        Map<String, Tensor> one = new LinkedHashMap<>();
        one.put("embed.weight", Tensor.of(new float[] {1, 2, 3, 4}, 2, 2));
        one.put("layer.0.w", Tensor.of(new float[] {5}, 1));
        SafetensorsWriter.write(dir.resolve("model-00001-of-00002.safetensors"), one, Map.of("format", "pt"));
        SafetensorsWriter.write(dir.resolve("model-00002-of-00002.safetensors"),
                Map.of("layer.1.w", Tensor.of(new float[] {6, 7}, 2)), Map.of("format", "pt"));
        Path index = dir.resolve(SafetensorsIndex.DEFAULT_NAME);
        Files.writeString(index, "{\"metadata\": {\"total_size\": 28}, \"weight_map\": " + weightMap + "}");
        return index;
    }

    private static final String MAP = "{\"layer.1.w\": \"model-00002-of-00002.safetensors\","
            + " \"embed.weight\": \"model-00001-of-00002.safetensors\","
            + " \"layer.0.w\": \"model-00001-of-00002.safetensors\"}";

    @Test
    void shardsReadAsOneFile() throws IOException {
        Path index = twoShards(MAP);
        try (SafetensorsIndex f = SafetensorsIndex.open(index)) {
            assertEquals(index, f.path());
            assertEquals(List.of("layer.1.w", "embed.weight", "layer.0.w"), List.copyOf(f.names()));
            assertEquals(Map.of("total_size", "28"), f.metadata());
            assertArrayEquals(new float[] {6, 7}, f.tensor("layer.1.w").f32());
            assertArrayEquals(new float[] {1, 2, 3, 4}, f.tensor("embed.weight").f32());
            assertEquals(List.of(2, 2), List.of(f.tensor("embed.weight").dim(0), f.tensor("embed.weight").dim(1)));
            assertEquals(dir.resolve("model-00002-of-00002.safetensors").toAbsolutePath(), f.weightMap().get("layer.1.w"));
            assertFails(index, () -> f.tensor("missing"), "no tensor named 'missing'");
        }
    }

    @Test
    void tensorAbsentFromItsShard() throws IOException {
        Path index = twoShards("{\"layer.1.w\": \"model-00001-of-00002.safetensors\"}");
        assertFails(index, () -> SafetensorsIndex.open(index), "has no such tensor");
    }

    @Test
    void missingShard() throws IOException {
        Path index = twoShards("{\"x\": \"model-00003-of-00003.safetensors\"}");
        assertFails(index, () -> SafetensorsIndex.open(index), "model-00003-of-00003.safetensors is missing");
    }

    @Test
    void shardOutsideTheDirectory() throws IOException {
        Path index = twoShards("{\"x\": \"../elsewhere.safetensors\"}");
        assertFails(index, () -> SafetensorsIndex.open(index), "outside the index's directory");
    }

    @Test
    void noWeightMap() throws IOException {
        Path index = dir.resolve("bad.index.json");
        Files.writeString(index, "{\"metadata\": {}}");
        assertFails(index, () -> SafetensorsIndex.open(index), "no \"weight_map\"");
        Files.writeString(index, "{\"weight_map\": ");
        assertFails(index, () -> SafetensorsIndex.open(index), "not a JSON object");
    }

    @Test
    void corruptShardIsNamed() throws IOException {
        Path index = twoShards(MAP);
        Path shard = dir.resolve("model-00002-of-00002.safetensors");
        byte[] b = Files.readAllBytes(shard);
        Files.write(shard, Arrays.copyOf(b, b.length - 1));
        assertFails(shard, () -> SafetensorsIndex.open(index), "truncated");
    }

    private interface Action {
        void run() throws Exception;
    }

    private static void assertFails(Path named, Action a, String problem) {
        WeightFormatException e = assertThrows(WeightFormatException.class, a::run);
        assertTrue(e.getMessage().contains(named.getFileName().toString()), "names " + named.getFileName() + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(problem), "says '" + problem + "': " + e.getMessage());
    }
}
