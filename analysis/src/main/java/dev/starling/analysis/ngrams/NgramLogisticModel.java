package dev.starling.analysis.ngrams;

import dev.starling.engine.format.WeightFormatException;
import dev.starling.engine.tensor.Tensor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * P(positive | text) = σ(w·x + b) over hashed n-gram features x ({@link NgramFeatures}): a binary
 * classifier that costs microseconds per text. Its weights are a vector of 2^bits floats plus a
 * bias, stored as {@code <prefix>weight} and {@code <prefix>bias}. Immutable.
 */
public final class NgramLogisticModel {
    private final NgramFeatures features;
    private final float[] weight;
    private final float bias;

    public NgramLogisticModel(NgramFeatures.Config config, float[] weight, float bias) {
        if (weight.length != config.dimension()) {
            throw new IllegalArgumentException(weight.length + " weights for " + config.dimension() + " feature slots");
        }
        this.features = new NgramFeatures(config);
        this.weight = weight;
        this.bias = bias;
    }

    /**
     * Learns a model from texts and labels.
     *
     * @param weights how much each text counts in the loss
     */
    public static NgramLogisticModel fit(List<String> texts, boolean[] positive, double[] weights,
                                         NgramFeatures.Config config, SparseLogisticTrainer.Settings settings) {
        NgramFeatures f = new NgramFeatures(config);
        List<SparseVector> x = new ArrayList<>(texts.size());
        for (String t : texts) {
            x.add(f.vector(t));
        }
        SparseLogisticTrainer.Weights w = SparseLogisticTrainer.train(x, positive, weights, config.dimension(), settings);
        return new NgramLogisticModel(config, w.weight(), w.bias());
    }

    /** w·x + b. */
    public double logit(String text) {
        return bias + features.vector(text).dot(weight);
    }

    /** Where the features of {@code text} came from (for explanations). */
    public NgramFeatures.Traced trace(String text) {
        return features.trace(text);
    }

    /** w_j, the weight of feature slot j. */
    public float weight(int slot) {
        return weight[slot];
    }

    /** b, the logit of a text without features. */
    public float bias() {
        return bias;
    }

    /** σ(w·x + b), in [0, 1]. */
    public double probability(String text) {
        return sigmoid(logit(text));
    }

    /** The same model with {@code delta} added to the bias (moves the decision boundary). */
    public NgramLogisticModel withBiasShift(double delta) {
        return new NgramLogisticModel(features.config(), weight, (float) (bias + delta));
    }

    public NgramFeatures.Config config() {
        return features.config();
    }

    /** The weights under {@code prefix}: {@code weight} [2^bits] and {@code bias} [1]. */
    public Map<String, Tensor> tensors(String prefix) {
        Map<String, Tensor> m = new LinkedHashMap<>();
        m.put(prefix + "weight", Tensor.of(weight, weight.length));
        m.put(prefix + "bias", Tensor.of(new float[] {bias}, 1));
        return m;
    }

    /** Reads what {@link #tensors} wrote. */
    public static NgramLogisticModel fromTensors(NgramFeatures.Config config, Map<String, Tensor> tensors, String prefix,
                                                 String source) {
        Tensor w = tensors.get(prefix + "weight");
        Tensor b = tensors.get(prefix + "bias");
        if (w == null || b == null || b.size() != 1 || w.size() != config.dimension()) {
            throw new WeightFormatException(source, "expected '" + prefix + "weight' [" + config.dimension() + "] and a one-element '"
                    + prefix + "bias'");
        }
        return new NgramLogisticModel(config, w.f32(), b.f32()[0]);
    }

    /** The logistic function, without overflow for large |z|. */
    public static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
