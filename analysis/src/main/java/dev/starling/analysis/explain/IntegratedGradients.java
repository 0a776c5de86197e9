package dev.starling.analysis.explain;

import dev.starling.engine.autograd.EmbeddingOps;
import dev.starling.engine.autograd.Losses;
import dev.starling.engine.autograd.Ops;
import dev.starling.engine.autograd.Tape;
import dev.starling.engine.autograd.Variable;
import dev.starling.engine.embed.SentencePooling;
import dev.starling.engine.model.bert.TrainableBert;
import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tensor.Tensor;

import java.util.Collections;
import java.util.List;

/**
 * Integrated gradients over a BERT encoder's input word embeddings, for a score F of the pooled
 * sentence vector ({@link ScoreFunction}).
 *
 * <p>Path points x_k = x' + α_k (x − x'), α_k = k/m, k = 0…m, with trapezoid weights
 * w_k = 1/m (½/m at both ends). The points are packed as copies of the sequence into ragged
 * batches of at most {@link #MAX_BATCH_TOKENS} tokens; per batch one forward pass gives the pooled
 * vectors v_k [B, C], and one backward pass of L = Σ_k w_k ⟨∂F/∂v(v_k), v_k⟩ gives
 * Σ_k w_k ∂F/∂x_k for every token at once (the points do not interact). The attribution of token t
 * is a_t = Σ_c (x − x')_{t,c} · that sum. F(x') and F(x) come from the same passes (k = 0, m).
 */
public final class IntegratedGradients {
    /** Token rows per forward pass: bounds activation memory for long posts and many steps. */
    static final int MAX_BATCH_TOKENS = 2048;

    private final TrainableBert encoder;
    private final Kernels kernels;
    private final SentencePooling pooling;

    public IntegratedGradients(TrainableBert encoder, Kernels kernels, SentencePooling pooling) {
        this.encoder = encoder;
        this.kernels = kernels;
        this.pooling = pooling;
    }

    /** Attributions per token [T], F(x) and F(x'). */
    public record Result(double[] attributions, double score, double baselineScore) {
    }

    /**
     * @param ids         the input's token ids [T] ([CLS] … [SEP])
     * @param baselineIds the baseline's ids [T] (same length; e.g. [PAD] for every word piece)
     * @param steps       m, at least 1
     */
    public Result attribute(int[] ids, int[] baselineIds, ScoreFunction f, int steps) {
        if (ids.length != baselineIds.length || ids.length == 0 || steps < 1) {
            throw new IllegalArgumentException("need equal, non-empty input and baseline and at least one step");
        }
        int tokens = ids.length;
        int c = encoder.config().hidden();
        float[] x = rows(ids, c);
        float[] base = rows(baselineIds, c);
        double[] gradSum = new double[tokens * c]; // Σ_k w_k ∂F/∂x_k, [T, C]
        double[] ends = new double[2];
        int perBatch = Math.max(1, MAX_BATCH_TOKENS / tokens);
        for (int from = 0; from <= steps; from += perBatch) {
            int to = Math.min(steps, from + perBatch - 1);
            pass(ids, x, base, f, steps, from, to, gradSum, ends);
        }
        double[] a = new double[tokens];
        for (int t = 0; t < tokens; t++) {
            double s = 0;
            for (int j = 0; j < c; j++) {
                s += (double) (x[t * c + j] - base[t * c + j]) * gradSum[t * c + j];
            }
            a[t] = s;
        }
        return new Result(a, ends[1], ends[0]);
    }

    /** Points k = from…to in one batch: adds their weighted gradients, keeps F at k = 0 and k = m. */
    private void pass(int[] ids, float[] x, float[] base, ScoreFunction f, int steps, int from, int to,
                      double[] gradSum, double[] ends) {
        int tokens = ids.length;
        int c = x.length / tokens;
        int points = to - from + 1;
        float[] in = new float[points * tokens * c]; // [B·T, C]
        for (int p = 0; p < points; p++) {
            float alpha = (float) (from + p) / steps;
            for (int i = 0; i < tokens * c; i++) {
                in[p * tokens * c + i] = base[i] + alpha * (x[i] - base[i]);
            }
        }
        RaggedBatch batch = RaggedBatch.of(Collections.nCopies(points, ids));
        Tape tape = Tape.training(kernels);
        Variable input = new Variable(Tensor.of(in, points * tokens, c), true, "input");
        Variable pooled = pool(tape, encoder.hidden(tape, batch, input, null), batch); // [B, C]
        float[] weights = new float[points * c];
        for (int p = 0; p < points; p++) {
            int k = from + p;
            float[] v = java.util.Arrays.copyOfRange(pooled.data(), p * c, (p + 1) * c);
            if (k == 0) {
                ends[0] = f.value(v);
            }
            if (k == steps) {
                ends[1] = f.value(v);
            }
            float w = (k == 0 || k == steps ? 0.5f : 1f) / steps;
            float[] g = f.gradient(v);
            for (int j = 0; j < c; j++) {
                weights[p * c + j] = w * g[j];
            }
        }
        tape.backward(Ops.sum(tape, Ops.mul(tape, pooled, Variable.constant(Tensor.of(weights, points, c)))));
        float[] grad = input.grad();
        for (int p = 0; p < points; p++) {
            for (int i = 0; i < tokens * c; i++) {
                gradSum[i] += grad[p * tokens * c + i];
            }
        }
    }

    private Variable pool(Tape tape, Variable hidden, RaggedBatch batch) {
        if (pooling == SentencePooling.MEAN) {
            return Losses.meanPool(tape, hidden, batch);
        }
        int[] first = new int[batch.size()];
        for (int s = 0; s < first.length; s++) {
            first[s] = batch.start(s);
        }
        return EmbeddingOps.rows(tape, hidden, first);
    }

    /** The word-embedding rows of {@code ids}, [T, C]. */
    private float[] rows(int[] ids, int c) {
        float[] table = encoder.wordEmbeddings().data();
        float[] out = new float[ids.length * c];
        for (int t = 0; t < ids.length; t++) {
            System.arraycopy(table, ids[t] * c, out, t * c, c);
        }
        return out;
    }

    /** The pooled vector of {@code ids} on this encoder, no gradient (e.g. to pick the predicted class). */
    public float[] pooled(int[] ids) {
        Tape tape = Tape.noGrad(kernels);
        RaggedBatch batch = RaggedBatch.of(List.of(ids));
        Variable in = Variable.constant(Tensor.of(rows(ids, encoder.config().hidden()), ids.length, encoder.config().hidden()));
        return pool(tape, encoder.hidden(tape, batch, in, null), batch).data().clone();
    }

    /** Attention probabilities of {@code ids}: [layer][head] → [T·T] row-major. */
    public float[][][] attention(int[] ids) {
        int layers = encoder.config().layers();
        int heads = encoder.config().heads();
        float[][][] maps = new float[layers][heads][];
        Tape tape = Tape.noGrad(kernels);
        RaggedBatch batch = RaggedBatch.of(List.of(ids));
        Variable in = Variable.constant(Tensor.of(rows(ids, encoder.config().hidden()), ids.length, encoder.config().hidden()));
        encoder.hidden(tape, batch, in, (layer, seq, head, len, p) -> maps[layer][head] = p.clone());
        return maps;
    }

}
