package dev.starling.engine.model.bert;

import java.util.Map;

/**
 * Hyper-parameters of a BERT-family encoder. Readable names here; HuggingFace's config.json keys
 * are mapped once, in {@link #fromHuggingFace(Map)}.
 *
 * @param vocabSize      V, rows of the word-embedding table
 * @param hidden         C, the model width
 * @param layers         number of encoder layers
 * @param heads          attention heads (C must divide by it)
 * @param intermediate   I, the feed-forward width
 * @param maxPositions   P, rows of the learned position table (the hard length limit)
 * @param typeVocabSize  number of token types (segments)
 * @param layerNormEps   the epsilon inside every LayerNorm's square root
 */
public record BertConfig(int vocabSize, int hidden, int layers, int heads, int intermediate,
                         int maxPositions, int typeVocabSize, float layerNormEps) {
    public BertConfig {
        if (hidden <= 0 || heads <= 0 || hidden % heads != 0) {
            throw new IllegalArgumentException("hidden size " + hidden + " is not divisible by " + heads + " heads");
        }
        if (vocabSize <= 0 || layers <= 0 || intermediate <= 0 || maxPositions <= 0 || typeVocabSize <= 0) {
            throw new IllegalArgumentException("invalid BERT config " + this);
        }
    }

    public int headDim() {
        return hidden / heads;
    }

    /** Reads the keys of a HuggingFace {@code config.json} (BertConfig). */
    public static BertConfig fromHuggingFace(Map<String, Object> json) {
        String act = String.valueOf(json.getOrDefault("hidden_act", "gelu"));
        if (!act.equals("gelu")) {
            throw new IllegalArgumentException("unsupported hidden_act '" + act + "' (only exact 'gelu' is implemented)");
        }
        return new BertConfig(
                intKey(json, "vocab_size"),
                intKey(json, "hidden_size"),
                intKey(json, "num_hidden_layers"),
                intKey(json, "num_attention_heads"),
                intKey(json, "intermediate_size"),
                intKey(json, "max_position_embeddings"),
                json.containsKey("type_vocab_size") ? intKey(json, "type_vocab_size") : 2,
                json.containsKey("layer_norm_eps") ? ((Number) json.get("layer_norm_eps")).floatValue() : 1e-12f);
    }

    private static int intKey(Map<String, Object> json, String key) {
        Object v = json.get(key);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("config.json lacks a numeric '" + key + "'");
        }
        return n.intValue();
    }
}
