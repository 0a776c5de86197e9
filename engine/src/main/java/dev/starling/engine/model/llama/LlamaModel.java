package dev.starling.engine.model.llama;

import dev.starling.engine.generate.CausalLm;
import dev.starling.engine.generate.KvCache;
import dev.starling.engine.nn.CachedAttention;
import dev.starling.engine.nn.Decoding;
import dev.starling.engine.nn.Projection;
import dev.starling.engine.nn.RmsNorm;
import dev.starling.engine.nn.Rope;
import dev.starling.engine.ops.Kernels;

import java.util.List;

/**
 * A Llama-family decoder for inference:
 * x = E[ids]; per block h = x + W_o·Attn(RoPE(W_q·n), RoPE(W_k·n), W_v·n) with n = RMSNorm₁(x),
 * x = h + W_down·(silu(W_gate·m) ⊙ W_up·m) with m = RMSNorm₂(h); logits = W_out·RMSNorm_f(x).
 * Shapes: x [T, C], q [T, H·d], k and v [T, KvH·d], feed-forward [T, I], logits [T, V].
 */
public final class LlamaModel implements CausalLm {
    private final LlamaConfig config;
    private final Kernels kernels;
    private final float[] embedding;
    private final List<LlamaLayer> layers;
    private final RmsNorm finalNorm;
    private final Projection output;
    private final Rope rope;
    private final CachedAttention attention;
    private final AutoCloseable resources;

    /**
     * @param embedding E [V, C] row-major
     * @param output    W_out [V, C] (the embedding again when tied)
     * @param resources closed with the model (e.g. a mapped file), or null
     */
    public LlamaModel(LlamaConfig config, Kernels kernels, float[] embedding, List<LlamaLayer> layers,
                      RmsNorm finalNorm, Projection output, AutoCloseable resources) {
        if (embedding.length != (long) config.vocabSize() * config.hidden() || layers.size() != config.layers()
                || output.out() != config.vocabSize() || output.in() != config.hidden()) {
            throw new IllegalArgumentException("weights do not match " + config);
        }
        this.config = config;
        this.kernels = kernels;
        this.embedding = embedding;
        this.layers = List.copyOf(layers);
        this.finalNorm = finalNorm;
        this.output = output;
        this.rope = new Rope(config.headDim(), config.ropeTheta(), config.ropePairing(),
                config.ropeScaling().factors(config.headDim(), config.ropeTheta()));
        this.attention = new CachedAttention(config.heads(), config.kvHeads(), config.headDim());
        this.resources = resources;
    }

    public LlamaConfig config() {
        return config;
    }

    @Override
    public int vocabSize() {
        return config.vocabSize();
    }

    @Override
    public int contextLength() {
        return config.contextLength();
    }

    @Override
    public KvCache newCache(int capacity) {
        return Decoding.newCache(capacity, config.contextLength(), config.layers(), config.kvDim());
    }

    @Override
    public float[] forward(int[] tokens, int pos, KvCache cache) {
        return Decoding.lastLogits(kernels, output, hidden(tokens, pos, cache), tokens.length, config.hidden());
    }

    @Override
    public float[] forwardAll(int[] tokens, int pos, KvCache cache) {
        return Decoding.allLogits(kernels, output, hidden(tokens, pos, cache), tokens.length);
    }

    @Override
    public long weightBytes() {
        long sum = output.bytes();
        for (LlamaLayer l : layers) {
            sum += l.bytes();
        }
        return sum;
    }

    @Override
    public void close() {
        if (resources != null) {
            try {
                resources.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing " + resources, e);
            }
        }
    }

    /** The final-normed hidden states [T, C] of {@code tokens} at positions pos …; fills the cache. */
    private float[] hidden(int[] tokens, int pos, KvCache cache) {
        int t = tokens.length;
        Decoding.check(tokens, pos, cache, config.vocabSize(), config.layers(), config.kvDim());
        int c = config.hidden();
        float[] x = new float[t * c]; // [T, C]
        for (int i = 0; i < t; i++) {
            System.arraycopy(embedding, tokens[i] * c, x, i * c, c);
        }
        for (int l = 0; l < layers.size(); l++) {
            block(layers.get(l), x, t, pos, cache.keys(l), cache.values(l));
        }
        cache.setLength(pos + t);
        finalNorm.apply(x, t, x);
        return x;
    }

    private void block(LlamaLayer w, float[] x, int t, int pos, float[] kCache, float[] vCache) {
        int c = config.hidden();
        // attention: n = RMSNorm(x); q, k, v = projections of n; RoPE on q and k
        float[] n = new float[t * c];
        w.attnNorm().apply(x, t, n);
        float[] q = new float[t * config.qDim()];   // [T, H·d]
        float[] k = new float[t * config.kvDim()];  // [T, KvH·d]
        float[] v = new float[t * config.kvDim()];  // [T, KvH·d]
        Projection.applyAll(kernels, n, t, new Projection[] {w.wq(), w.wk(), w.wv()}, new float[][] {q, k, v});
        addBias(q, t, w.bq());
        addBias(k, t, w.bk());
        addBias(v, t, w.bv());
        rope.apply(q, t, config.qDim(), config.heads(), pos);
        rope.apply(k, t, config.kvDim(), config.kvHeads(), pos);
        float[] ctx = new float[t * config.qDim()];
        attention.forward(kernels, q, k, v, t, pos, kCache, vCache, ctx);
        float[] o = new float[t * c];
        w.wo().apply(kernels, ctx, t, o);
        kernels.add(x, o, x, t * c);                   // x = x + attention
        // feed-forward: m = RMSNorm(x); x += W_down·(silu(W_gate·m) ⊙ W_up·m)
        w.ffnNorm().apply(x, t, n);
        int inter = config.intermediate();
        float[] gate = new float[t * inter];
        float[] up = new float[t * inter];
        Projection.applyAll(kernels, n, t, new Projection[] {w.gate(), w.up()}, new float[][] {gate, up});
        kernels.siluMul(gate, up, t * inter);
        w.down().apply(kernels, gate, t, o);
        kernels.add(x, o, x, t * c);
    }

    private static void addBias(float[] y, int t, float[] bias) {
        if (bias != null) {
            Decoding.addBias(y, t, bias);
        }
    }
}
