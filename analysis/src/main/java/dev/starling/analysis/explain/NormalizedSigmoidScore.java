package dev.starling.analysis.explain;

/**
 * F(v) = share·σ(w·v̂ + b), v̂ = v/|v|: a logistic head on a unit-length sentence vector, weighted
 * by its share of a vote. ∂F/∂v = share·σ'(z)·(w − (w·v̂)v̂)/|v|.
 */
record NormalizedSigmoidScore(float[] weight, float bias, double share) implements ScoreFunction {
    @Override
    public double value(float[] v) {
        return share * sigmoid(z(v, norm(v)));
    }

    @Override
    public float[] gradient(float[] v) {
        double n = norm(v);
        double s = sigmoid(z(v, n));
        double wv = 0; // w·v̂
        for (int j = 0; j < v.length; j++) {
            wv += weight[j] * v[j] / n;
        }
        float[] g = new float[v.length];
        for (int j = 0; j < v.length; j++) {
            g[j] = (float) (share * s * (1 - s) * (weight[j] - wv * v[j] / n) / n);
        }
        return g;
    }

    private double z(float[] v, double n) {
        double z = bias;
        for (int j = 0; j < v.length; j++) {
            z += weight[j] * v[j] / n;
        }
        return z;
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += (double) x * x;
        }
        return Math.max(Math.sqrt(s), 1e-12);
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
