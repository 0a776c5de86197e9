package dev.starling.engine.format.safetensors;

import dev.starling.engine.format.WeightFile;
import dev.starling.engine.format.WeightFormatException;
import dev.starling.engine.json.Json;
import dev.starling.engine.json.JsonException;
import dev.starling.engine.tensor.Tensor;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * A HuggingFace model folder as one weight source: {@code config.json} plus the weights, either
 * sharded ({@code model.safetensors.index.json} → shard files) or single ({@code model.safetensors}).
 * The index wins when both exist, as in transformers.
 *
 * <pre>{@code
 * try (HfCheckpoint ckpt = HfCheckpoint.open(dir)) {
 *     int layers = ckpt.config().getInt("num_hidden_layers");
 *     Tensor wq = ckpt.tensor("model.layers.0.self_attn.q_proj.weight");
 * }
 * }</pre>
 */
public final class HfCheckpoint implements WeightFile {
    public static final String CONFIG = "config.json";
    public static final String SINGLE = "model.safetensors";
    /** JSON side files (config, index) larger than this are not what they claim to be. */
    static final long MAX_JSON_BYTES = 64L << 20;

    private final Path dir;
    private final HfConfig config;
    private final WeightFile weights;

    private HfCheckpoint(Path dir, HfConfig config, WeightFile weights) {
        this.dir = dir;
        this.config = config;
        this.weights = weights;
    }

    /** Opens the folder: parses config.json, then opens and validates the weights. */
    public static HfCheckpoint open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new WeightFormatException(dir, "not a model folder (expected config.json and safetensors weights)");
        }
        Path configFile = dir.resolve(CONFIG);
        if (!Files.isRegularFile(configFile)) {
            throw new WeightFormatException(dir, "model folder has no " + CONFIG);
        }
        HfConfig config = new HfConfig(configFile, parseObject(configFile, "config"));
        Path index = dir.resolve(SafetensorsIndex.DEFAULT_NAME);
        Path single = dir.resolve(SINGLE);
        WeightFile weights;
        if (Files.isRegularFile(index)) {
            weights = SafetensorsIndex.open(index);
        } else if (Files.isRegularFile(single)) {
            weights = SafetensorsFile.open(single);
        } else {
            throw new WeightFormatException(dir, "model folder has neither " + SafetensorsIndex.DEFAULT_NAME
                    + " nor " + SINGLE);
        }
        return new HfCheckpoint(dir, config, weights);
    }

    public HfConfig config() {
        return config;
    }

    @Override
    public Path path() {
        return dir;
    }

    @Override
    public Set<String> names() {
        return weights.names();
    }

    @Override
    public Tensor tensor(String name) {
        return weights.tensor(name);
    }

    @Override
    public Map<String, String> metadata() {
        return weights.metadata();
    }

    @Override
    public void close() {
        weights.close();
    }

    static Map<String, Object> parseObject(Path file, String what) throws IOException {
        try {
            return Json.parseObject(readSmallText(file, what));
        } catch (JsonException e) {
            throw new WeightFormatException(file, what + " is not a JSON object: " + e.getMessage(), e);
        }
    }

    /** Reads a JSON side file as strict UTF-8, refusing sizes that no real config or index has. */
    static String readSmallText(Path file, String what) throws IOException {
        long size = Files.size(file);
        if (size > MAX_JSON_BYTES) {
            throw new WeightFormatException(file, what + " is " + size + " bytes, over the " + MAX_JSON_BYTES
                    + "-byte limit for a JSON side file");
        }
        try {
            return Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new WeightFormatException(file, what + " is not valid UTF-8", e);
        }
    }
}
