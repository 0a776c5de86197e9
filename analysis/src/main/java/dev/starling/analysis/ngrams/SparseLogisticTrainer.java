package dev.starling.analysis.ngrams;

import java.util.List;
import java.util.Random;

/**
 * Binary logistic regression on sparse vectors by stochastic gradient descent with AdaGrad step
 * sizes (each weight's step shrinks with its own accumulated squared gradient, so rare n-grams
 * still learn quickly). L2 decay is applied to the weights a message touches, when it touches
 * them: the usual lazy form for sparse data, which keeps an update O(non-zeros). The order of
 * messages in each epoch comes from a seeded generator, so a seed fixes the result bit for bit.
 */
public final class SparseLogisticTrainer {
    /**
     * @param epochs       passes over the data
     * @param learningRate AdaGrad's base step
     * @param l2           L2 decay per touch
     * @param seed         shuffling seed
     */
    public record Settings(int epochs, double learningRate, double l2, long seed) {
        public Settings {
            if (epochs < 1 || learningRate <= 0 || l2 < 0) {
                throw new IllegalArgumentException("invalid training settings " + this);
            }
        }
    }

    /** Trained weights and bias. */
    public record Weights(float[] weight, float bias) {
    }

    private SparseLogisticTrainer() {
    }

    /**
     * @param weight how much each message counts (its loss is scaled by it)
     */
    public static Weights train(List<SparseVector> x, boolean[] spam, double[] weight, int dimension, Settings s) {
        if (x.size() != spam.length || x.size() != weight.length || x.isEmpty()) {
            throw new IllegalArgumentException(x.size() + " vectors for " + spam.length + " labels and " + weight.length + " weights");
        }
        double[] w = new double[dimension];
        double[] g2 = new double[dimension];
        double b = 0;
        double b2 = 0;
        int[] order = new int[x.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random rng = new Random(s.seed());
        for (int epoch = 0; epoch < s.epochs(); epoch++) {
            shuffle(order, rng);
            for (int i : order) {
                SparseVector v = x.get(i);
                double z = b;
                for (int k = 0; k < v.size(); k++) {
                    z += w[v.indices()[k]] * v.values()[k];
                }
                double err = weight[i] * (NgramLogisticModel.sigmoid(z) - (spam[i] ? 1 : 0));
                for (int k = 0; k < v.size(); k++) {
                    int j = v.indices()[k];
                    double grad = err * v.values()[k] + s.l2() * w[j];
                    g2[j] += grad * grad;
                    w[j] -= s.learningRate() * grad / (Math.sqrt(g2[j]) + 1e-8);
                }
                b2 += err * err;
                b -= s.learningRate() * err / (Math.sqrt(b2) + 1e-8);
            }
        }
        float[] out = new float[dimension];
        for (int j = 0; j < dimension; j++) {
            out[j] = (float) w[j];
        }
        return new Weights(out, (float) b);
    }

    /** Fisher–Yates. */
    private static void shuffle(int[] a, Random rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
