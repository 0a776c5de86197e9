package dev.starling.analysis.zh;

import dev.starling.analysis.ngrams.NgramLogisticModel;
import dev.starling.engine.format.WeightFormatException;
import dev.starling.engine.tensor.Tensor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * P(positive | v) = σ(w·v + b) on a sentence vector v: a logistic head on frozen encoder output.
 *
 * <p>Training standardises each dimension (mean 0, variance 1 over the training vectors), so
 * that one L2 strength suits every dimension, and minimises the mean log-loss plus (λ/2)·‖w‖² by
 * Newton's method: convex, deterministic, and exact after a dozen steps, so no seed or step size
 * enters. The standardisation is then folded into w and b, so inference is one dot product.
 */
final class EmbeddingHead {
    private final float[] weight;
    private final float bias;

    EmbeddingHead(float[] weight, float bias) {
        this.weight = weight;
        this.bias = bias;
    }

    float[] weight() {
        return weight.clone();
    }

    float bias() {
        return bias;
    }

    int dimension() {
        return weight.length;
    }

    double logit(float[] v) {
        if (v.length != weight.length) {
            throw new IllegalArgumentException("vector of " + v.length + " for a head of " + weight.length);
        }
        double z = bias;
        for (int j = 0; j < v.length; j++) {
            z += (double) weight[j] * v[j];
        }
        return z;
    }

    double probability(float[] v) {
        return NgramLogisticModel.sigmoid(logit(v));
    }

    Map<String, Tensor> tensors(String prefix) {
        Map<String, Tensor> m = new LinkedHashMap<>();
        m.put(prefix + "weight", Tensor.of(weight, weight.length));
        m.put(prefix + "bias", Tensor.of(new float[] {bias}, 1));
        return m;
    }

    static EmbeddingHead fromTensors(Map<String, Tensor> tensors, String prefix, int dimension, String source) {
        Tensor w = tensors.get(prefix + "weight");
        Tensor b = tensors.get(prefix + "bias");
        if (w == null || b == null || w.size() != dimension || b.size() != 1) {
            throw new WeightFormatException(source, "expected '" + prefix + "weight' [" + dimension + "] and a one-element '"
                    + prefix + "bias'");
        }
        return new EmbeddingHead(w.f32(), b.f32()[0]);
    }

    /** Fits a head to vectors {@code x} [n][d] with labels {@code y}; {@code l2} is λ. */
    static EmbeddingHead fit(float[][] x, boolean[] y, double l2) {
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (float[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / (double) n;
            }
        }
        for (float[] row : x) {
            for (int j = 0; j < d; j++) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        double[][] z = new double[n][d + 1]; // standardised, with a constant 1 for the bias last
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                z[i][j] = (x[i][j] - mean[j]) / (Math.sqrt(sd[j]) + 1e-8);
            }
            z[i][d] = 1;
        }
        double[] w = Newton.logistic(z, y, l2);
        float[] folded = new float[d];
        double b = w[d];
        for (int j = 0; j < d; j++) {
            double s = Math.sqrt(sd[j]) + 1e-8;
            folded[j] = (float) (w[j] / s);
            b -= w[j] * mean[j] / s;
        }
        return new EmbeddingHead(folded, (float) b);
    }
}
