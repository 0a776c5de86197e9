package dev.starling.engine.model.gpt;

import dev.starling.engine.autograd.AttentionOps;
import dev.starling.engine.autograd.EmbeddingOps;
import dev.starling.engine.autograd.Losses;
import dev.starling.engine.autograd.NormOps;
import dev.starling.engine.autograd.Ops;
import dev.starling.engine.autograd.Tape;
import dev.starling.engine.autograd.Variable;
import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.tensor.Tensor;
import dev.starling.engine.train.Parameters;
import dev.starling.engine.train.TrainableLinear;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A small GPT-style decoder for causal language modelling (nanoGPT's shape):
 * x = tok[ids] + pos[t]; per block x = x + Attn(LN₁(x)) (causal), x = x + MLP(LN₂(x));
 * logits = LN_f(x)·tokᵀ (tied). Trained with next-token cross-entropy. Parameter names follow
 * GPT-2's ({@code wte}, {@code wpe}, {@code h.N.attn.c_attn} …), linear weights [in, out].
 */
public final class TrainableGpt {
    record Block(Variable ln1g, Variable ln1b, TrainableLinear attn, TrainableLinear proj,
                 Variable ln2g, Variable ln2b, TrainableLinear fc, TrainableLinear out) {
    }

    private final GptConfig config;
    private final Variable wte;
    private final Variable wpe;
    private final List<Block> blocks;
    private final Variable lnfG;
    private final Variable lnfB;
    private final float dropout;

    private TrainableGpt(GptConfig config, Variable wte, Variable wpe, List<Block> blocks, Variable lnfG, Variable lnfB, float dropout) {
        this.config = config;
        this.wte = wte;
        this.wpe = wpe;
        this.blocks = blocks;
        this.lnfG = lnfG;
        this.lnfB = lnfB;
        this.dropout = dropout;
    }

    /** Fresh weights: N(0, 0.02²), residual projections scaled by 1/√(2·layers) (GPT-2's init). */
    public static TrainableGpt random(GptConfig c, float dropout, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int h = c.hidden();
        double resid = 0.02 / Math.sqrt(2.0 * c.layers());
        List<Block> blocks = new ArrayList<>();
        for (int l = 0; l < c.layers(); l++) {
            String p = "h." + l + ".";
            blocks.add(new Block(param(p + "ln_1.weight", Parameters.ones(h)), param(p + "ln_1.bias", Tensor.zeros(h)),
                    TrainableLinear.full(p + "attn.c_attn", Parameters.normal(r, 0.02, h, 3 * h), Tensor.zeros(3 * h)),
                    TrainableLinear.full(p + "attn.c_proj", Parameters.normal(r, resid, h, h), Tensor.zeros(h)),
                    param(p + "ln_2.weight", Parameters.ones(h)), param(p + "ln_2.bias", Tensor.zeros(h)),
                    TrainableLinear.full(p + "mlp.c_fc", Parameters.normal(r, 0.02, h, c.intermediate()), Tensor.zeros(c.intermediate())),
                    TrainableLinear.full(p + "mlp.c_proj", Parameters.normal(r, resid, c.intermediate(), h), Tensor.zeros(h))));
        }
        return new TrainableGpt(c, param("wte.weight", Parameters.normal(r, 0.02, c.vocabSize(), h)),
                param("wpe.weight", Parameters.normal(r, 0.01, c.maxPositions(), h)), blocks,
                param("ln_f.weight", Parameters.ones(h)), param("ln_f.bias", Tensor.zeros(h)), dropout);
    }

    private static Variable param(String name, Tensor t) {
        return Variable.parameter(name, t);
    }

    public GptConfig config() {
        return config;
    }

    /** Next-token logits [N, V] for every position of every sequence. */
    public Variable logits(Tape t, RaggedBatch batch, SplittableRandom rng) {
        if (batch.maxLength() > config.maxPositions()) {
            throw new IllegalArgumentException("sequence of " + batch.maxLength() + " tokens exceeds the context of " + config.maxPositions());
        }
        Variable x = Ops.add(t, EmbeddingOps.embedding(t, wte, batch.ids()), EmbeddingOps.embedding(t, wpe, batch.positions()));
        x = drop(t, x, rng);
        float eps = config.layerNormEps();
        for (Block b : blocks) {
            Variable a = b.attn().forward(t, NormOps.layerNorm(t, x, b.ln1g(), b.ln1b(), eps));
            Variable ctx = AttentionOps.selfAttention(t, a, batch, config.heads(), true);
            x = Ops.add(t, x, drop(t, b.proj().forward(t, ctx), rng));
            Variable m = b.out().forward(t, Ops.gelu(t, b.fc().forward(t, NormOps.layerNorm(t, x, b.ln2g(), b.ln2b(), eps))));
            x = Ops.add(t, x, drop(t, m, rng));
        }
        x = NormOps.layerNorm(t, x, lnfG, lnfB, eps);
        return Ops.linear(t, x, Ops.transpose(t, wte), null);
    }

    /** Mean next-token cross-entropy: position i predicts token i+1 of its own sequence. */
    public Variable loss(Tape t, RaggedBatch batch, SplittableRandom rng) {
        int[] targets = new int[batch.tokens()];
        for (int s = 0; s < batch.size(); s++) {
            for (int i = 0; i < batch.length(s); i++) {
                int pos = batch.start(s) + i;
                targets[pos] = i + 1 < batch.length(s) ? batch.ids()[pos + 1] : Losses.IGNORE;
            }
        }
        return Losses.crossEntropy(t, logits(t, batch, rng), targets, null);
    }

    private Variable drop(Tape t, Variable x, SplittableRandom rng) {
        return rng == null ? x : Ops.dropout(t, x, dropout, rng);
    }

    public List<Variable> trainable() {
        List<Variable> out = new ArrayList<>(List.of(wte, wpe));
        for (Block b : blocks) {
            out.add(b.ln1g());
            out.add(b.ln1b());
            out.addAll(b.attn().trainable());
            out.addAll(b.proj().trainable());
            out.add(b.ln2g());
            out.add(b.ln2b());
            out.addAll(b.fc().trainable());
            out.addAll(b.out().trainable());
        }
        out.add(lnfG);
        out.add(lnfB);
        return out;
    }

    public Map<String, Tensor> weights() {
        return Parameters.named(trainable());
    }

    public void load(Map<String, Tensor> saved) {
        Parameters.load(trainable(), saved);
    }

    /** Greedy (temperature 0) or sampled continuation of {@code prompt}, up to {@code maxNew} tokens. */
    public int[] generate(dev.starling.engine.ops.Kernels k, int[] prompt, int maxNew, double temperature, int stopId, SplittableRandom rng) {
        List<Integer> ids = new ArrayList<>();
        for (int id : prompt) {
            ids.add(id);
        }
        for (int n = 0; n < maxNew && ids.size() < config.maxPositions(); n++) {
            int[] seq = ids.stream().mapToInt(Integer::intValue).toArray();
            float[] z = logits(Tape.noGrad(k), RaggedBatch.of(List.of(seq)), null).data();
            int v = config.vocabSize();
            int off = (seq.length - 1) * v;
            int next = temperature <= 0 ? argmax(z, off, v) : sample(z, off, v, temperature, rng);
            ids.add(next);
            if (next == stopId) {
                break;
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int argmax(float[] z, int off, int v) {
        int best = 0;
        for (int i = 1; i < v; i++) {
            if (z[off + i] > z[off + best]) {
                best = i;
            }
        }
        return best;
    }

    private static int sample(float[] z, int off, int v, double temperature, SplittableRandom rng) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < v; i++) {
            max = Math.max(max, z[off + i]);
        }
        double[] p = new double[v];
        double sum = 0;
        for (int i = 0; i < v; i++) {
            p[i] = Math.exp((z[off + i] - max) / temperature);
            sum += p[i];
        }
        double u = rng.nextDouble() * sum;
        for (int i = 0; i < v; i++) {
            u -= p[i];
            if (u <= 0) {
                return i;
            }
        }
        return v - 1;
    }
}
