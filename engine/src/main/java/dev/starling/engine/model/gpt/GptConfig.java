package dev.starling.engine.model.gpt;

/**
 * A GPT-style decoder's hyper-parameters: learned positions, pre-LayerNorm blocks, causal
 * self-attention, GELU feed-forward, output projection tied to the token embeddings.
 *
 * @param vocabSize    V
 * @param hidden       C
 * @param layers       decoder blocks
 * @param heads        attention heads
 * @param intermediate feed-forward width
 * @param maxPositions context length
 * @param layerNormEps LayerNorm epsilon
 */
public record GptConfig(int vocabSize, int hidden, int layers, int heads, int intermediate, int maxPositions, float layerNormEps) {
    public GptConfig {
        if (hidden % heads != 0 || vocabSize < 2 || layers < 1 || maxPositions < 2) {
            throw new IllegalArgumentException("invalid GPT config " + this);
        }
    }
}
