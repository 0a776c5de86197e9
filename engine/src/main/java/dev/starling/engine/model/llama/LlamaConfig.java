package dev.starling.engine.model.llama;

import dev.starling.engine.nn.Rope;

/**
 * A Llama-family decoder's hyper-parameters (HF config.json names in brackets).
 *
 * @param vocabSize      V [vocab_size]
 * @param hidden         C [hidden_size]
 * @param layers         [num_hidden_layers]
 * @param heads          H query heads [num_attention_heads]
 * @param kvHeads        KvH key/value heads [num_key_value_heads], divides H
 * @param headDim        d [head_dim], usually C / H
 * @param intermediate   SwiGLU width [intermediate_size]
 * @param contextLength  [max_position_embeddings]
 * @param rmsNormEps     [rms_norm_eps]
 * @param ropeTheta      [rope_theta]
 * @param ropeScaling    [rope_scaling]
 * @param ropePairing    which dimensions RoPE pairs: HALF for HF weights, ADJACENT for GGUF llama
 * @param tiedEmbeddings the output projection is the token embedding [tie_word_embeddings]
 * @param qkvBias        the Q/K/V projections have biases (Qwen2)
 */
public record LlamaConfig(int vocabSize, int hidden, int layers, int heads, int kvHeads, int headDim,
                          int intermediate, int contextLength, float rmsNormEps, double ropeTheta,
                          RopeScaling ropeScaling, Rope.Pairing ropePairing, boolean tiedEmbeddings, boolean qkvBias) {
    public LlamaConfig {
        if (vocabSize < 2 || hidden < 1 || layers < 1 || heads < 1 || kvHeads < 1 || heads % kvHeads != 0
                || headDim < 2 || headDim % 2 != 0 || intermediate < 1 || contextLength < 2 || !(ropeTheta > 0)) {
            throw new IllegalArgumentException("invalid Llama config " + this);
        }
    }

    /** d · H: the width of the concatenated query heads. */
    public int qDim() {
        return heads * headDim;
    }

    /** d · KvH: the width of one cached key (or value) row. */
    public int kvDim() {
        return kvHeads * headDim;
    }

    /**
     * A config with HF defaults for the rest: head_dim C/H, ε 1e-5, θ 10 000, no scaling,
     * HALF pairing, untied, no biases.
     */
    public static LlamaConfig of(int vocabSize, int hidden, int layers, int heads, int kvHeads, int intermediate, int contextLength) {
        return new LlamaConfig(vocabSize, hidden, layers, heads, kvHeads, hidden / heads, intermediate, contextLength,
                1e-5f, 10_000, RopeScaling.NONE, Rope.Pairing.HALF, false, false);
    }

    /** Parameter count (embedding and output counted once each; once in total if tied). */
    public long parameters() {
        long attn = (long) hidden * (qDim() + 2L * kvDim()) + (long) qDim() * hidden;
        long ffn = 3L * hidden * intermediate;
        long perLayer = attn + ffn + 2L * hidden + (qkvBias ? qDim() + 2L * kvDim() : 0);
        long emb = (long) vocabSize * hidden;
        return layers * perLayer + hidden + emb * (tiedEmbeddings ? 1 : 2);
    }
}
