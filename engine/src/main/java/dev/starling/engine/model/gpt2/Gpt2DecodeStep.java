package dev.starling.engine.model.gpt2;

import dev.starling.engine.generate.KvCache;
import dev.starling.engine.nn.Activations;
import dev.starling.engine.nn.Projection;
import dev.starling.engine.nn.RowLayerNorm;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.ops.SpinBarrier;

import java.util.List;

/**
 * One new token through GPT-2 with the kernels' threads as one team
 * ({@link dev.starling.engine.ops.Parallel#team}) instead of one parallel loop per matrix: every
 * rank takes its share of each projection's rows and of the attention heads, and the ranks meet
 * at a barrier where a step reads what the others wrote — four times per block:
 * <pre>
 *   n = LN₁(x)                    by every rank (192 floats: cheaper than waiting for one)
 *   q,k,v rows of my heads; attention of my heads → ctx[my heads]      | barrier
 *   x[my rows] += c_proj[my rows]·ctx + b                              | barrier
 *   n = LN₂(x); h[my rows] = GELU(c_fc[my rows]·n + b)                 | barrier
 *   x[my rows] += mlp.c_proj[my rows]·h + b                            | barrier
 *   logits[my rows] = wte[my rows]·LN_f(x)
 * </pre>
 * For a small model such as the shipped tweet model (2.9 MB at Q8_0, ~0.1 ms a token) a loop per
 * matrix spent a third of the token handing work over; a barrier between two spinning threads
 * costs a fraction of that. Shapes: x, n, ctx [C]; qkv [3C]; h [I]; logits [V].
 */
final class Gpt2DecodeStep {
    /** The model whose weights this step reads (its package-private fields). */
    private final Gpt2Model model;
    private final Gpt2Config config;
    private final Kernels kernels;

    Gpt2DecodeStep(Gpt2Model model) {
        this.model = model;
        this.config = model.config;
        this.kernels = model.kernels;
    }

    /** Whether every projection can compute a range of its rows (Q8_0 ones can; packed float32 ones not yet). */
    static boolean supports(List<Gpt2Layer> layers, Projection output) {
        for (Gpt2Layer l : layers) {
            if (!l.qkv().splitsRows() || !l.proj().splitsRows() || !l.fc().splitsRows() || !l.out().splitsRows()) {
                return false;
            }
        }
        return output.splitsRows();
    }

    /** The logits [V] after {@code token} at position {@code pos}; writes cache row pos of every layer. */
    float[] logits(int token, int pos, KvCache cache) {
        int c = config.hidden();
        float[] x = new float[c];
        for (int j = 0; j < c; j++) {
            x[j] = model.wte[token * c + j] + model.wpe[pos * c + j];
        }
        float[] qkv = new float[3 * c];
        float[] ctx = new float[c];
        float[] y = new float[c];
        float[] h = new float[config.intermediate()];
        float[] logits = new float[config.vocabSize()];
        kernels.parallel().team((rank, size, barrier) -> {
            float[] n = new float[c];
            float[] scores = new float[pos + 1];
            for (int l = 0; l < model.layers.size(); l++) {
                Gpt2Layer w = model.layers.get(l);
                w.ln1().apply(kernels, x, n);
                attention(w, n, qkv, pos, cache.keys(l), cache.values(l), scores, ctx, rank, size);
                barrier.await();
                residual(w.proj(), w.projBias(), ctx, y, x, rank, size, barrier);
                w.ln2().apply(kernels, x, n);
                feedForward(w, n, h, rank, size);
                barrier.await();
                residual(w.out(), w.outBias(), h, y, x, rank, size, barrier);
            }
            model.lnF.apply(kernels, x, n);
            int[] r = share(config.vocabSize(), rank, size);
            model.output.applyRows(n, logits, r[0], r[1]);
        });
        cache.setLength(pos + 1);
        return logits;
    }

    /** q, k, v of this rank's heads (k, v into cache row pos), then their attention into ctx. */
    private void attention(Gpt2Layer w, float[] n, float[] qkv, int pos, float[] kCache, float[] vCache,
                           float[] scores, float[] ctx, int rank, int size) {
        int c = config.hidden();
        int d = config.headDim();
        int[] heads = share(config.heads(), rank, size, 1);
        if (heads[0] == heads[1]) {
            return;
        }
        int from = heads[0] * d;
        int to = heads[1] * d;
        for (int part = 0; part < 3; part++) { // q, k, v rows of heads [h0, h1)
            int o = part * c;
            w.qkv().applyRows(n, qkv, o + from, o + to);
            if (w.qkvBias() != null) {
                for (int i = o + from; i < o + to; i++) {
                    qkv[i] += w.qkvBias()[i];
                }
            }
        }
        System.arraycopy(qkv, c + from, kCache, pos * c + from, to - from);
        System.arraycopy(qkv, 2 * c + from, vCache, pos * c + from, to - from);
        float scale = (float) (1.0 / Math.sqrt(d));
        for (int head = heads[0]; head < heads[1]; head++) {
            int o = head * d;
            for (int j = 0; j <= pos; j++) { // scores = q_h · K_hᵀ / √d over cache rows [0, pos]
                scores[j] = kernels.dot(qkv, o, kCache, j * c + o, d) * scale;
            }
            kernels.softmax(scores, 0, 1, pos + 1, pos + 1);
            java.util.Arrays.fill(ctx, o, o + d, 0f);
            for (int j = 0; j <= pos; j++) { // ctx_h = P · V_h
                kernels.axpy(scores[j], vCache, j * c + o, ctx, o, d);
            }
        }
    }

    /** x[my rows] += W[my rows]·in + b, then the barrier (x is read whole next). */
    private void residual(Projection p, float[] bias, float[] in, float[] y, float[] x, int rank, int size, SpinBarrier barrier) {
        int[] r = share(p.out(), rank, size);
        p.applyRows(in, y, r[0], r[1]);
        for (int i = r[0]; i < r[1]; i++) {
            x[i] += bias == null ? y[i] : y[i] + bias[i];
        }
        barrier.await();
    }

    /** h[my rows] = GELU(c_fc[my rows]·n + b). */
    private void feedForward(Gpt2Layer w, float[] n, float[] h, int rank, int size) {
        int[] r = share(h.length, rank, size);
        w.fc().applyRows(n, h, r[0], r[1]);
        if (w.fcBias() != null) {
            for (int i = r[0]; i < r[1]; i++) {
                h[i] += w.fcBias()[i];
            }
        }
        if (config.tanhGelu()) {
            Activations.geluTanh(h, r[0], r[1] - r[0]);
        } else {
            kernels.gelu(h, r[0], r[1] - r[0]);
        }
    }

    /** Rank's rows of [0, n), cut at multiples of four (whole Q8_0 row groups). */
    static int[] share(int n, int rank, int size) {
        return share(n, rank, size, 4);
    }

    static int[] share(int n, int rank, int size, int align) {
        int from = rank == 0 ? 0 : (int) ((long) n * rank / size / align * align);
        int to = rank == size - 1 ? n : (int) ((long) n * (rank + 1) / size / align * align);
        return new int[] {from, Math.max(from, to)};
    }
}
