package dev.starling.engine.autograd;

import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tensor.Tensor;

/**
 * Multi-head self-attention over a ragged batch, differentiable. Input: the fused projection
 * qkv [N, 3C] (Q, then K, then V; head h in columns h·d … h·d+d of each). Output: the context
 * [N, C] before the output projection. Per (sequence, head): S = QKᵀ/√d, P = softmax(S) (causal:
 * row i sees keys 0…i), O = P·V. Backward, with P kept from the forward pass:
 * dP = dO·Vᵀ, dV = Pᵀ·dO, dS = P ⊙ (dP − rowsum(dP ⊙ P)), dQ = dS·K/√d, dK = dSᵀ·Q/√d.
 * Pairs are independent and write disjoint parts of the gradient, so they run in parallel.
 */
public final class AttentionOps {
    private AttentionOps() {
    }

    public static Variable selfAttention(Tape t, Variable qkv, RaggedBatch batch, int heads, boolean causal) {
        return selfAttention(t, qkv, batch, heads, causal, null, 0);
    }

    /** The same, showing each (sequence, head)'s probabilities P to {@code probe} (when not null) as layer {@code layer}. */
    public static Variable selfAttention(Tape t, Variable qkv, RaggedBatch batch, int heads, boolean causal,
                                         AttentionProbe probe, int layer) {
        Kernels k = t.kernels();
        int n = batch.tokens();
        int c = qkv.dim(qkv.shape().rank() - 1) / 3;
        int d = c / heads;
        if (qkv.size() != n * 3 * c || c % heads != 0) {
            throw new IllegalArgumentException("qkv " + qkv.shape() + " does not fit " + n + " tokens and " + heads + " heads");
        }
        float scale = (float) (1.0 / Math.sqrt(d));
        float[] x = qkv.data();
        float[] ctx = new float[n * c];
        float[][] probs = new float[batch.size() * heads][];
        k.parallel().forEach(batch.size() * heads, item -> {
            int s = item / heads;
            int h = item % heads;
            int len = batch.length(s);
            int q = batch.start(s) * 3 * c + h * d;
            float[] p = new float[len * len];
            k.gemm(true, len, len, d, scale, x, q, 3 * c, x, q + c, 3 * c, p, 0, len);
            softmax(k, p, len, causal);
            k.gemm(false, len, d, len, 1f, p, 0, len, x, q + 2 * c, 3 * c, ctx, batch.start(s) * c + h * d, c);
            probs[item] = p;
        });
        if (probe != null) {
            for (int item = 0; item < probs.length; item++) {
                probe.attention(layer, item / heads, item % heads, batch.length(item / heads), probs[item]);
            }
        }
        Variable o = t.output(Tensor.of(ctx, n, c), t.records(qkv));
        if (o.requiresGrad()) {
            t.record(() -> {
                if (o.hasGrad()) {
                    float[] dctx = o.grad();
                    float[] dqkv = qkv.grad();
                    k.parallel().forEach(batch.size() * heads, item -> backward(k, batch, item, heads, c, d, scale, x, probs[item], dctx, dqkv));
                    o.releaseGrad();
                }
            });
        }
        return o;
    }

    /** Row-wise softmax of [len, len] scores; causal rows only over keys 0…i, the rest set to 0. */
    private static void softmax(Kernels k, float[] p, int len, boolean causal) {
        if (!causal) {
            k.softmax(p, 0, len, len, len);
            return;
        }
        for (int i = 0; i < len; i++) {
            k.softmax(p, i * len, 1, i + 1, len);
            java.util.Arrays.fill(p, i * len + i + 1, (i + 1) * len, 0f);
        }
    }

    private static void backward(Kernels k, RaggedBatch batch, int item, int heads, int c, int d, float scale,
                                 float[] x, float[] p, float[] dctx, float[] dqkv) {
        int s = item / heads;
        int h = item % heads;
        int len = batch.length(s);
        int q = batch.start(s) * 3 * c + h * d;
        int o = batch.start(s) * c + h * d;
        float[] dp = new float[len * len];
        float[] tmp = new float[len * d];
        // dV = Pᵀ·dO
        k.gemm(false, len, d, len, 1f, Matrices.transpose(p, len, len), 0, len, dctx, o, c, tmp, 0, d);
        addStrided(tmp, len, d, dqkv, q + 2 * c, 3 * c);
        // dP = dO·Vᵀ, then dS = P ⊙ (dP − rowsum(dP ⊙ P)) in place
        k.gemm(true, len, len, d, 1f, dctx, o, c, x, q + 2 * c, 3 * c, dp, 0, len);
        for (int i = 0; i < len; i++) {
            double dot = 0;
            for (int j = 0; j < len; j++) {
                dot += (double) dp[i * len + j] * p[i * len + j];
            }
            for (int j = 0; j < len; j++) {
                dp[i * len + j] = (float) (p[i * len + j] * (dp[i * len + j] - dot));
            }
        }
        // dQ = dS·K/√d and dK = dSᵀ·Q/√d
        k.gemm(false, len, d, len, scale, dp, 0, len, x, q + c, 3 * c, tmp, 0, d);
        addStrided(tmp, len, d, dqkv, q, 3 * c);
        k.gemm(false, len, d, len, scale, Matrices.transpose(dp, len, len), 0, len, x, q, 3 * c, tmp, 0, d);
        addStrided(tmp, len, d, dqkv, q + c, 3 * c);
    }

    /** target[off + i·ld + j] += src[i·cols + j]. */
    private static void addStrided(float[] src, int rows, int cols, float[] target, int off, int ld) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                target[off + i * ld + j] += src[i * cols + j];
            }
        }
    }
}
