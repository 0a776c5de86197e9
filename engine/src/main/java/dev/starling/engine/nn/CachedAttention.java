package dev.starling.engine.nn;

import dev.starling.engine.ops.Kernels;

import java.util.Arrays;

/**
 * Causal attention against a key/value cache, with grouped-query attention (Ainslie et al. 2023):
 * H query heads share KvH key/value heads, query head h reading kv head h / (H / KvH)
 * (KvH = H is ordinary multi-head attention, KvH = 1 multi-query).
 *
 * <p>For T new tokens at positions pos … pos+T−1: their keys and values are written into cache
 * rows pos …, then per head out_h = softmax(Q_h·K_gᵀ/√d + causal mask)·V_g over cache rows
 * [0, pos+T). Heads are independent work items on the kernels' threads.
 */
public final class CachedAttention {
    private static final ThreadLocal<float[]> SCORES = ThreadLocal.withInitial(() -> new float[0]);
    private final int heads;
    private final int kvHeads;
    private final int headDim;

    public CachedAttention(int heads, int kvHeads, int headDim) {
        if (heads < 1 || kvHeads < 1 || heads % kvHeads != 0 || headDim < 1) {
            throw new IllegalArgumentException("attention heads " + heads + " must be a multiple of kv heads " + kvHeads);
        }
        this.heads = heads;
        this.kvHeads = kvHeads;
        this.headDim = headDim;
    }

    public int kvDim() {
        return kvHeads * headDim;
    }

    /**
     * @param q      [T, H·d] queries (RoPE applied)
     * @param key    [T, KvH·d] new keys (RoPE applied)
     * @param value  [T, KvH·d] new values
     * @param kCache [capacity, KvH·d] this layer's cached keys; rows [0, pos) valid
     * @param vCache [capacity, KvH·d] this layer's cached values
     * @param out    [T, H·d] attention output (before the output projection)
     */
    public void forward(Kernels k, float[] q, float[] key, float[] value, int t, int pos,
                        float[] kCache, float[] vCache, float[] out) {
        int kvDim = kvDim();
        System.arraycopy(key, 0, kCache, pos * kvDim, t * kvDim);
        System.arraycopy(value, 0, vCache, pos * kvDim, t * kvDim);
        int s = pos + t; // keys visible to the last new token
        int qDim = heads * headDim;
        int group = heads / kvHeads;
        float scale = (float) (1.0 / Math.sqrt(headDim));
        k.parallel().forEach(heads, h -> {
            int g = h / group;
            float[] p = scores(t * s); // [T, S]
            // scores = Q_h · K_gᵀ / √d    [T, d]·[d, S] → [T, S]
            k.gemm(true, t, s, headDim, scale, q, h * headDim, qDim, kCache, g * headDim, kvDim, p, 0, s);
            for (int i = 0; i < t; i++) { // causal: token pos+i sees cache rows [0, pos+i]
                int visible = pos + i + 1;
                k.softmax(p, i * s, 1, visible, s);
                Arrays.fill(p, i * s + visible, (i + 1) * s, 0f);
            }
            // out_h = P · V_g               [T, S]·[S, d] → [T, d] into columns h·d of [T, H·d]
            k.gemm(false, t, headDim, s, 1f, p, 0, s, vCache, g * headDim, kvDim, out, h * headDim, qDim);
        });
    }

    private static float[] scores(int size) {
        float[] b = SCORES.get();
        if (b.length < size) {
            b = new float[Math.max(size, 2 * b.length)];
            SCORES.set(b);
        }
        return b;
    }
}
