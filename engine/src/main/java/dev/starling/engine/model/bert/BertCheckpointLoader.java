package dev.starling.engine.model.bert;

import dev.starling.engine.format.WeightFile;
import dev.starling.engine.format.WeightFormatException;
import dev.starling.engine.format.WeightFormats;
import dev.starling.engine.format.safetensors.SafetensorsIndex;
import dev.starling.engine.json.Json;
import dev.starling.engine.ops.Kernels;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads a HuggingFace BERT checkpoint directory: {@code config.json} plus {@code model.safetensors}
 * (or a sharded {@code model.safetensors.index.json}). Tensor names may carry the {@code bert.}
 * prefix of task models (BertForSequenceClassification …); it is stripped here, at the boundary.
 * Linear weights are PyTorch's [out, in].
 */
public final class BertCheckpointLoader {
    private BertCheckpointLoader() {
    }

    public static BertModel load(Path dir, Kernels kernels) throws IOException {
        Path configFile = dir.resolve("config.json");
        if (!Files.isRegularFile(configFile)) {
            throw new WeightFormatException(dir, "no config.json in the checkpoint directory");
        }
        BertConfig cfg;
        try {
            cfg = BertConfig.fromHuggingFace(Json.parseObject(Files.readString(configFile, StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            throw new WeightFormatException(configFile, e.getMessage(), e);
        }
        try (WeightFile weights = open(dir)) {
            String prefix = weights.names().contains("bert.embeddings.word_embeddings.weight") ? "bert." : "";
            try {
                return BertLoader.build(cfg, name -> weights.names().contains(prefix + name) ? weights.tensor(prefix + name) : null,
                        BertLoader.LinearLayout.OUT_IN, kernels);
            } catch (IllegalArgumentException e) {
                throw new WeightFormatException(weights.path(), e.getMessage(), e);
            }
        }
    }

    private static WeightFile open(Path dir) throws IOException {
        Path index = dir.resolve(SafetensorsIndex.DEFAULT_NAME);
        if (Files.isRegularFile(index)) {
            return SafetensorsIndex.open(index);
        }
        Path single = dir.resolve("model.safetensors");
        if (!Files.isRegularFile(single)) {
            throw new WeightFormatException(dir, "no model.safetensors or " + SafetensorsIndex.DEFAULT_NAME + " in the checkpoint directory");
        }
        return WeightFormats.open(single);
    }

    /** Whether {@code dir} looks like a checkpoint directory this loader reads. */
    public static boolean isCheckpoint(Path dir) {
        return Files.isDirectory(dir) && Files.isRegularFile(dir.resolve("config.json"))
                && (Files.isRegularFile(dir.resolve("model.safetensors")) || Files.isRegularFile(dir.resolve(SafetensorsIndex.DEFAULT_NAME)));
    }
}
