package dev.starling.engine.model.bert;

import dev.starling.engine.autograd.Losses;
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
 * A {@link TrainableBert} with a sequence-classification head: mean pooling over each post's
 * tokens (the sentence-transformers recipe MiniLM was tuned with), dropout, a linear layer to the
 * labels.
 */
public final class BertClassifier {
    /** What is trained. */
    public enum Method {
        /** Every weight. */
        FULL,
        /** Low-rank adapters on every linear layer of the encoder, plus the head; the encoder stays frozen. */
        LORA,
        /** Only the head; the encoder is frozen. */
        HEAD
    }

    private final TrainableBert encoder;
    private final TrainableLinear head;

    private BertClassifier(TrainableBert encoder, TrainableLinear head) {
        this.encoder = encoder;
        this.head = head;
    }

    /**
     * @param base      pretrained encoder tensors by HuggingFace name, linear weights [in, out]
     * @param numLabels classes of the head
     * @param loraRank  adapter rank (LORA only); α = 2·rank
     */
    public static BertClassifier create(BertConfig cfg, Function<String, Tensor> base, int numLabels, Method method,
                                        int loraRank, float dropout, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        TrainableBert encoder = TrainableBert.create(cfg, base, method, loraRank, dropout, rng);
        float[] w = new float[cfg.hidden() * numLabels];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (Parameters.gaussian(rng) * 0.02);
        }
        return new BertClassifier(encoder, TrainableLinear.full("classifier", Tensor.of(w, cfg.hidden(), numLabels), Tensor.zeros(numLabels)));
    }

    public BertConfig config() {
        return encoder.config();
    }

    public Method method() {
        return encoder.method();
    }

    public TrainableBert encoder() {
        return encoder;
    }

    public int numLabels() {
        return head.weight().dim(1);
    }

    /** Mean-pooled last hidden state [B, C]; dropout when {@code rng} is given (training). */
    public Variable pooled(Tape t, RaggedBatch batch, SplittableRandom rng) {
        return Losses.meanPool(t, encoder.hidden(t, batch, rng), batch);
    }

    /** Class scores [B, numLabels] from pooled features [B, C]. */
    public Variable headLogits(Tape t, Variable pooled, SplittableRandom rng) {
        return head.forward(t, encoder.drop(t, pooled, rng));
    }

    public Variable logits(Tape t, RaggedBatch batch, SplittableRandom rng) {
        return headLogits(t, pooled(t, batch, rng), rng);
    }

    /** Every parameter that learns, encoder first, then the head. */
    public List<Variable> trainable() {
        List<Variable> out = new ArrayList<>(encoder.trainable());
        out.addAll(head.trainable());
        return out;
    }

    /** Trainable tensors by name (what a checkpoint or a shipped adapter holds). */
    public Map<String, Tensor> trainableWeights() {
        return Parameters.named(trainable());
    }

    /** Overwrites trainable parameters from saved tensors (names and shapes must match). */
    public void loadTrainable(Map<String, Tensor> saved) {
        Parameters.load(trainable(), saved);
    }

    /** The encoder's weights with adapters merged, by HuggingFace name, for a fast {@link BertModel}. */
    public Map<String, Tensor> encoderWeights() {
        return encoder.encoderWeights();
    }

    public Tensor headWeight() {
        return head.weight().value();
    }

    public Tensor headBias() {
        return head.bias().value();
    }
}
