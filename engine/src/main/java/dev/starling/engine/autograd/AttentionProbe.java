package dev.starling.engine.autograd;

/**
 * Sees the attention probabilities of a forward pass, for inspection (attention maps): per layer,
 * sequence of the batch and head, P = softmax(QKᵀ/√d) as a row-major [len, len] matrix (row = the
 * attending token, column = the token attended to). The array is the operation's own; copy it to keep it.
 */
@FunctionalInterface
public interface AttentionProbe {
    void attention(int layer, int sequence, int head, int length, float[] p);
}
