package dev.starling.engine.model.bert;

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
import java.util.function.Function;

/**
 * BERT pretraining heads on a {@link TrainableBert}: the masked-LM head (dense → GELU → LayerNorm
 * → decoder tied to the word embeddings, + bias; HuggingFace's {@code cls.predictions}) and,
 * optionally, next-sentence prediction (pooler: dense + tanh on [CLS]; then a 2-way classifier).
 * Loss = MLM cross-entropy over the masked positions + NSP cross-entropy over the pairs.
 */
public final class BertPretrainer {
    private final TrainableBert encoder;
    private final TrainableLinear transform;
    private final Variable transformGamma;
    private final Variable transformBeta;
    private final Variable decoderBias;
    private final TrainableLinear pooler;
    private final TrainableLinear nsp;
    private double lastMlm;
    private double lastNsp;

    private BertPretrainer(TrainableBert encoder, TrainableLinear transform, Variable gamma, Variable beta,
                           Variable decoderBias, TrainableLinear pooler, TrainableLinear nsp) {
        this.encoder = encoder;
        this.transform = transform;
        this.transformGamma = gamma;
        this.transformBeta = beta;
        this.decoderBias = decoderBias;
        this.pooler = pooler;
        this.nsp = nsp;
    }

    /** A pretraining batch: corrupted inputs, the masked rows (in [N]) with their tokens, and NSP labels per pair (or null). */
    public record Batch(RaggedBatch input, int[] maskedRows, int[] maskedLabels, int[] nspLabels) {
    }

    /** All weights trainable; heads freshly initialised (std 0.02). */
    public static BertPretrainer create(BertConfig cfg, Function<String, Tensor> base, boolean withNsp, float dropout, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        TrainableBert enc = TrainableBert.create(cfg, base, BertClassifier.Method.FULL, 0, dropout, rng);
        int c = cfg.hidden();
        return new BertPretrainer(enc,
                TrainableLinear.full("cls.predictions.transform.dense", Parameters.normal(rng, 0.02, c, c), Tensor.zeros(c)),
                Variable.parameter("cls.predictions.transform.LayerNorm.weight", Parameters.ones(c)),
                Variable.parameter("cls.predictions.transform.LayerNorm.bias", Tensor.zeros(c)),
                Variable.parameter("cls.predictions.bias", Tensor.zeros(cfg.vocabSize())),
                withNsp ? TrainableLinear.full("bert.pooler.dense", Parameters.normal(rng, 0.02, c, c), Tensor.zeros(c)) : null,
                withNsp ? TrainableLinear.full("cls.seq_relationship", Parameters.normal(rng, 0.02, c, 2), Tensor.zeros(2)) : null);
    }

    public TrainableBert encoder() {
        return encoder;
    }

    public Variable loss(Tape t, Batch b, SplittableRandom rng) {
        Variable h = encoder.hidden(t, b.input(), rng);
        Variable masked = EmbeddingOps.rows(t, h, b.maskedRows());
        Variable x = NormOps.layerNorm(t, Ops.gelu(t, transform.forward(t, masked)), transformGamma, transformBeta,
                encoder.config().layerNormEps());
        Variable logits = Ops.linear(t, x, Ops.transpose(t, encoder.wordEmbeddings()), decoderBias); // tied decoder
        Variable loss = Losses.crossEntropy(t, logits, b.maskedLabels(), null);
        lastMlm = loss.data()[0];
        lastNsp = Double.NaN;
        if (pooler != null && b.nspLabels() != null) {
            int[] cls = new int[b.input().size()];
            for (int s = 0; s < cls.length; s++) {
                cls[s] = b.input().start(s);
            }
            Variable pooled = Ops.tanh(t, pooler.forward(t, EmbeddingOps.rows(t, h, cls)));
            Variable nspLoss = Losses.crossEntropy(t, nsp.forward(t, pooled), b.nspLabels(), null);
            lastNsp = nspLoss.data()[0];
            loss = Ops.add(t, loss, nspLoss);
        }
        return loss;
    }

    /** MLM loss of the last {@link #loss} call. */
    public double lastMlmLoss() {
        return lastMlm;
    }

    /** NSP loss of the last {@link #loss} call (NaN without NSP). */
    public double lastNspLoss() {
        return lastNsp;
    }

    public List<Variable> trainable() {
        List<Variable> out = new ArrayList<>(encoder.trainable());
        out.addAll(transform.trainable());
        out.add(transformGamma);
        out.add(transformBeta);
        out.add(decoderBias);
        if (pooler != null) {
            out.addAll(pooler.trainable());
            out.addAll(nsp.trainable());
        }
        return out;
    }

    public Map<String, Tensor> weights() {
        return Parameters.named(trainable());
    }

    public void load(Map<String, Tensor> saved) {
        Parameters.load(trainable(), saved);
    }
}
