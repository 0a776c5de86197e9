package dev.starling.engine.nn;

import dev.starling.engine.ops.Activation;
import dev.starling.engine.ops.Kernels;

/**
 * Multi-head self-attention over a {@link RaggedBatch}: Attention(Q, K, V) = softmax(QKᵀ/√d)·V
 * per head, heads concatenated and projected. Q, K and V come from one fused projection
 * [C → 3C] (columns: all of Q, then K, then V; head h uses columns h·d … h·d+d of each).
 * Each (sequence, head) pair is independent and runs as one parallel work item; attending only
 * within a sequence's own rows is exactly the effect of BERT's padding mask.
 */
public final class MultiHeadSelfAttention {
    private final Linear qkv;
    private final Linear output;
    private final int heads;
    private final int headDim;

    /** @param qkv fused projection [C, 3C]; @param output projection [C, C] */
    public MultiHeadSelfAttention(Linear qkv, Linear output, int heads) {
        int c = output.out();
        if (qkv.out() != 3 * c || c % heads != 0) {
            throw new IllegalArgumentException("inconsistent attention sizes: qkv " + qkv.out() + ", hidden " + c + ", heads " + heads);
        }
        this.qkv = qkv;
        this.output = output;
        this.heads = heads;
        this.headDim = c / heads;
    }

    /** out[N, C] = attention(x[N, C]) for the sequences of {@code batch}. */
    public void forward(Kernels k, RaggedBatch batch, float[] x, Workspace ws, float[] out) {
        int n = batch.tokens();
        int c = heads * headDim;
        float[] qkvOut = ws.get(Workspace.Slot.QKV, n * 3 * c);
        float[] context = ws.get(Workspace.Slot.CONTEXT, n * c);
        qkv.forward(k, x, n, Activation.NONE, qkvOut); // [N, 3C]
        float scale = (float) (1.0 / Math.sqrt(headDim));
        int maxT = batch.maxLength();
        k.parallel().forEach(batch.size() * heads, item -> {
            int s = item / heads;
            int h = item % heads;
            int t = batch.length(s);
            int row0 = batch.start(s);
            float[] p = scores(maxT * maxT); // [T, T], per thread
            int q = row0 * 3 * c + h * headDim;
            // scores = Q_h · K_hᵀ / √d   [T, d]·[d, T] → [T, T]
            k.gemm(true, t, t, headDim, scale, qkvOut, q, 3 * c, qkvOut, q + c, 3 * c, p, 0, t);
            k.softmax(p, 0, t, t, t);
            // context_h = P · V_h        [T, T]·[T, d] → [T, d], written into columns h·d of [N, C]
            k.gemm(false, t, headDim, t, 1f, p, 0, t, qkvOut, q + 2 * c, 3 * c, context, row0 * c + h * headDim, c);
        });
        output.forward(k, context, n, Activation.NONE, out);
    }

    private static final ThreadLocal<float[]> SCORES = ThreadLocal.withInitial(() -> new float[0]);

    private static float[] scores(int size) {
        float[] b = SCORES.get();
        if (b.length < size) {
            b = new float[size];
            SCORES.set(b);
        }
        return b;
    }

    public int heads() {
        return heads;
    }
}
