package dev.starling.engine.nn;

import dev.starling.engine.ops.Kernels;

/**
 * A post-LayerNorm Transformer encoder layer (BERT):
 * h = LN(x + Attention(x)); y = LN(h + FFN(h)). Applied once per layer in a fixed stack.
 */
public final class EncoderLayer {
    private final MultiHeadSelfAttention attention;
    private final LayerNorm attentionNorm;
    private final FeedForward feedForward;
    private final LayerNorm outputNorm;

    public EncoderLayer(MultiHeadSelfAttention attention, LayerNorm attentionNorm,
                        FeedForward feedForward, LayerNorm outputNorm) {
        this.attention = attention;
        this.attentionNorm = attentionNorm;
        this.feedForward = feedForward;
        this.outputNorm = outputNorm;
    }

    /** Updates x[N, C] in place. */
    public void forward(Kernels k, RaggedBatch batch, float[] x, int hidden, Workspace ws) {
        int n = batch.tokens();
        float[] tmp = ws.get(Workspace.Slot.PROJECTED, n * hidden);
        attention.forward(k, batch, x, ws, tmp);        // tmp = Attention(x)
        attentionNorm.forward(k, tmp, x, n, x);         // x = LN(x + tmp)
        feedForward.forward(k, x, n, ws, tmp);          // tmp = FFN(x)
        outputNorm.forward(k, tmp, x, n, x);            // x = LN(x + tmp)
    }
}
