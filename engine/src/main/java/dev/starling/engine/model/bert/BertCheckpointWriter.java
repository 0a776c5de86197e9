package dev.starling.engine.model.bert;

import dev.starling.engine.format.safetensors.SafetensorsWriter;
import dev.starling.engine.json.JsonWriter;
import dev.starling.engine.tensor.Tensor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes an encoder as a HuggingFace BERT checkpoint directory (config.json + model.safetensors,
 * PyTorch's [out, in] linear weights), the layout {@link BertCheckpointLoader} and HuggingFace's
 * transformers read.
 */
public final class BertCheckpointWriter {
    private BertCheckpointWriter() {
    }

    /** Whether a tensor name is a linear layer's weight (stored transposed in PyTorch checkpoints). */
    static boolean isLinearWeight(String name) {
        return name.startsWith("encoder.") && name.endsWith(".weight") && !name.contains("LayerNorm");
    }

    /** @param weightsInOut encoder tensors by HuggingFace name, linear weights [in, out] */
    public static void write(Path dir, BertConfig cfg, Map<String, Tensor> weightsInOut) throws IOException {
        Files.createDirectories(dir);
        Map<String, Tensor> hf = new LinkedHashMap<>();
        weightsInOut.forEach((name, t) -> hf.put(name, isLinearWeight(name) ? t.transpose2d() : t));
        SafetensorsWriter.write(dir.resolve("model.safetensors"), hf, Map.of("format", "pt"));
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("architectures", java.util.List.of("BertModel"));
        c.put("model_type", "bert");
        c.put("vocab_size", cfg.vocabSize());
        c.put("hidden_size", cfg.hidden());
        c.put("num_hidden_layers", cfg.layers());
        c.put("num_attention_heads", cfg.heads());
        c.put("intermediate_size", cfg.intermediate());
        c.put("max_position_embeddings", cfg.maxPositions());
        c.put("type_vocab_size", cfg.typeVocabSize());
        c.put("layer_norm_eps", (double) cfg.layerNormEps());
        c.put("hidden_act", "gelu");
        Files.writeString(dir.resolve("config.json"), JsonWriter.write(c) + "\n", StandardCharsets.UTF_8);
    }

    /** Reads such a directory back into [in, out] weights by HuggingFace name (the "bert." prefix dropped). */
    public static Map<String, Tensor> readInOut(Map<String, Tensor> hf) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        hf.forEach((name, t) -> {
            String n = name.startsWith("bert.") ? name.substring(5) : name;
            out.put(n, isLinearWeight(n) ? t.toF32().transpose2d() : t);
        });
        return out;
    }
}
