package dev.starling.engine.model.gpt2;

import dev.starling.engine.json.Json;

import java.util.Map;

/**
 * GPT-2 hyper-parameters (HF config.json names in brackets).
 *
 * @param vocabSize     V [vocab_size]
 * @param hidden        C [n_embd]
 * @param layers        [n_layer]
 * @param heads         [n_head]
 * @param intermediate  feed-forward width [n_inner], 4C when absent
 * @param contextLength [n_positions]
 * @param layerNormEps  [layer_norm_epsilon]
 * @param tanhGelu      GELU's tanh approximation ([activation_function] "gelu_new", GPT-2's) or exact erf ("gelu")
 */
public record Gpt2Config(int vocabSize, int hidden, int layers, int heads, int intermediate, int contextLength,
                         float layerNormEps, boolean tanhGelu) {
    public Gpt2Config {
        if (vocabSize < 2 || hidden < 1 || layers < 1 || heads < 1 || hidden % heads != 0 || intermediate < 1 || contextLength < 2) {
            throw new IllegalArgumentException("invalid GPT-2 config " + this);
        }
    }

    public int headDim() {
        return hidden / heads;
    }

    /**
     * From config.json. Starling's own checkpoints ({@code "model_type": "starling-gpt"}) were
     * trained with exact GELU; HF GPT-2 defaults to "gelu_new".
     */
    public static Gpt2Config fromJson(String json) {
        Map<String, Object> m = Json.parseObject(json);
        int hidden = integer(m, "n_embd", null);
        String defaultAct = "starling-gpt".equals(m.get("model_type")) ? "gelu" : "gelu_new";
        String act = String.valueOf(m.getOrDefault("activation_function", defaultAct));
        boolean tanh = switch (act) {
            case "gelu_new", "gelu_pytorch_tanh", "gelu_fast" -> true;
            case "gelu" -> false;
            default -> throw new IllegalArgumentException("unsupported activation_function " + act);
        };
        Object inner = m.get("n_inner");
        return new Gpt2Config(integer(m, "vocab_size", null), hidden, integer(m, "n_layer", null),
                integer(m, "n_head", null), inner == null ? 4 * hidden : ((Number) inner).intValue(),
                integer(m, "n_positions", 1024),
                ((Number) m.getOrDefault("layer_norm_epsilon", 1e-5)).floatValue(), tanh);
    }

    private static int integer(Map<String, Object> m, String key, Integer fallback) {
        Object v = m.get(key);
        if (v instanceof Number n) {
            return n.intValue();
        }
        if (fallback == null) {
            throw new IllegalArgumentException("config.json has no " + key);
        }
        return fallback;
    }
}
