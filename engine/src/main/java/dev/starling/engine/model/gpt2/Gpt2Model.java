package dev.starling.engine.model.gpt2;

import dev.starling.engine.generate.CausalLm;
import dev.starling.engine.generate.KvCache;
import dev.starling.engine.nn.Activations;
import dev.starling.engine.nn.CachedAttention;
import dev.starling.engine.nn.Decoding;
import dev.starling.engine.nn.Projection;
import dev.starling.engine.nn.RowLayerNorm;
import dev.starling.engine.ops.Kernels;

import java.util.List;

/**
 * GPT-2 for inference: x = wte[ids] + wpe[pos]; per block x += c_proj·Attn(c_attn·LN₁(x)),
 * x += mlp.c_proj·GELU(mlp.c_fc·LN₂(x)); logits = wte·LN_f(x) (tied).
 * Shapes: x [T, C], qkv [T, 3C], feed-forward [T, I], logits [T, V].
 */
public final class Gpt2Model implements CausalLm {
    final Gpt2Config config;
    final Kernels kernels;
    final float[] wte;
    final float[] wpe;
    final List<Gpt2Layer> layers;
    final RowLayerNorm lnF;
    final Projection output;
    private final CachedAttention attention;
    /** The one-token path as a team of threads, when every projection can split its rows; else null. */
    private final Gpt2DecodeStep step;

    /** @param wte [V, C]; @param wpe [contextLength, C]; @param output usually wte as a projection */
    public Gpt2Model(Gpt2Config config, Kernels kernels, float[] wte, float[] wpe, List<Gpt2Layer> layers,
                     RowLayerNorm lnF, Projection output) {
        if (wte.length != (long) config.vocabSize() * config.hidden() || wpe.length != (long) config.contextLength() * config.hidden()
                || layers.size() != config.layers() || output.out() != config.vocabSize()) {
            throw new IllegalArgumentException("weights do not match " + config);
        }
        this.config = config;
        this.kernels = kernels;
        this.wte = wte;
        this.wpe = wpe;
        this.layers = List.copyOf(layers);
        this.lnF = lnF;
        this.output = output;
        this.attention = new CachedAttention(config.heads(), config.heads(), config.headDim());
        this.step = Gpt2DecodeStep.supports(this.layers, output)
                ? new Gpt2DecodeStep(this) : null;
    }

    public Gpt2Config config() {
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
        return Decoding.newCache(capacity, config.contextLength(), config.layers(), config.hidden());
    }

    @Override
    public float[] forward(int[] tokens, int pos, KvCache cache) {
        if (tokens.length == 1 && step != null) {
            Decoding.check(tokens, pos, cache, config.vocabSize(), config.layers(), config.hidden());
            return step.logits(tokens[0], pos, cache);
        }
        return Decoding.lastLogits(kernels, output, hidden(tokens, pos, cache), tokens.length, config.hidden());
    }

    @Override
    public float[] forwardAll(int[] tokens, int pos, KvCache cache) {
        return Decoding.allLogits(kernels, output, hidden(tokens, pos, cache), tokens.length);
    }

    @Override
    public long weightBytes() {
        long sum = output.bytes();
        for (Gpt2Layer l : layers) {
            sum += l.bytes();
        }
        return sum;
    }

    private float[] hidden(int[] tokens, int pos, KvCache cache) {
        int t = tokens.length;
        int c = config.hidden();
        Decoding.check(tokens, pos, cache, config.vocabSize(), config.layers(), c);
        float[] x = new float[t * c]; // [T, C] = wte[ids] + wpe[pos …]
        for (int i = 0; i < t; i++) {
            for (int j = 0; j < c; j++) {
                x[i * c + j] = wte[tokens[i] * c + j] + wpe[(pos + i) * c + j];
            }
        }
        for (int l = 0; l < layers.size(); l++) {
            block(layers.get(l), x, t, pos, cache.keys(l), cache.values(l));
        }
        cache.setLength(pos + t);
        lnF.apply(x, t, x);
        return x;
    }

    private void block(Gpt2Layer w, float[] x, int t, int pos, float[] kCache, float[] vCache) {
        int c = config.hidden();
        float[] n = new float[t * c];
        w.ln1().apply(x, t, n);
        float[] qkv = project(w.qkv(), n, t, w.qkvBias()); // [T, 3C]
        float[] q = new float[t * c];
        float[] k = new float[t * c];
        float[] v = new float[t * c];
        for (int i = 0; i < t; i++) { // split the fused columns
            System.arraycopy(qkv, i * 3 * c, q, i * c, c);
            System.arraycopy(qkv, i * 3 * c + c, k, i * c, c);
            System.arraycopy(qkv, i * 3 * c + 2 * c, v, i * c, c);
        }
        float[] ctx = new float[t * c];
        attention.forward(kernels, q, k, v, t, pos, kCache, vCache, ctx);
        kernels.add(x, project(w.proj(), ctx, t, w.projBias()), x, t * c);
        w.ln2().apply(x, t, n);
        float[] h = project(w.fc(), n, t, w.fcBias()); // [T, I]
        if (config.tanhGelu()) {
            Activations.geluTanh(h, h.length);
        } else {
            kernels.gelu(h, 0, h.length);
        }
        kernels.add(x, project(w.out(), h, t, w.outBias()), x, t * c);
    }

    private float[] project(Projection p, float[] x, int t, float[] bias) {
        float[] y = new float[t * p.out()];
        p.apply(kernels, x, t, y);
        if (bias != null) {
            Decoding.addBias(y, t, bias);
        }
        return y;
    }
}
