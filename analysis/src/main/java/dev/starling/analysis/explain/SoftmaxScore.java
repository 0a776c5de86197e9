package dev.starling.analysis.explain;

/**
 * F(v) = softmax(W·v + b)_t, the probability of class t under a linear softmax head.
 * ∂F/∂v = p_t (W_t − Σ_k p_k W_k), with W_k the k-th row of W [K, C].
 *
 * @param weight [K][C]
 * @param bias   [K]
 * @param target the class t
 */
public record SoftmaxScore(float[][] weight, float[] bias, int target) implements ScoreFunction {
    public SoftmaxScore {
        if (target < 0 || target >= weight.length || bias.length != weight.length) {
            throw new IllegalArgumentException("class " + target + " of a head with " + weight.length + " classes");
        }
    }

    /** The head of a task model, stored [C, K] row-major. */
    public static SoftmaxScore fromInOut(float[] w, float[] bias, int target) {
        int k = bias.length;
        int c = w.length / k;
        float[][] rows = new float[k][c];
        for (int j = 0; j < c; j++) {
            for (int o = 0; o < k; o++) {
                rows[o][j] = w[j * k + o];
            }
        }
        return new SoftmaxScore(rows, bias, target);
    }

    /** Class probabilities p [K]. */
    double[] probabilities(float[] v) {
        int k = bias.length;
        double[] z = new double[k];
        double max = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < k; o++) {
            double s = bias[o];
            for (int j = 0; j < v.length; j++) {
                s += (double) weight[o][j] * v[j];
            }
            z[o] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int o = 0; o < k; o++) {
            z[o] = Math.exp(z[o] - max);
            sum += z[o];
        }
        for (int o = 0; o < k; o++) {
            z[o] /= sum;
        }
        return z;
    }

    @Override
    public double value(float[] pooled) {
        return probabilities(pooled)[target];
    }

    @Override
    public float[] gradient(float[] pooled) {
        double[] p = probabilities(pooled);
        float[] g = new float[pooled.length];
        for (int j = 0; j < g.length; j++) {
            double mean = 0;
            for (int o = 0; o < p.length; o++) {
                mean += p[o] * weight[o][j];
            }
            g[j] = (float) (p[target] * (weight[target][j] - mean));
        }
        return g;
    }
}
