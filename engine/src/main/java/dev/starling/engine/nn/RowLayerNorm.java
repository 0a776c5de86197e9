package dev.starling.engine.nn;

/**
 * LayerNorm over rows, GPT-2's pre-norm: y = (x − μ) / √(σ² + ε) · γ + β, biased variance.
 * A plain-loop twin of the kernels' fused residual LayerNorm, for the decoder's one-row steps.
 */
public final class RowLayerNorm {
    private final float[] gamma;
    private final float[] beta;
    private final float eps;

    public RowLayerNorm(float[] gamma, float[] beta, float eps) {
        if (gamma.length != beta.length) {
            throw new IllegalArgumentException("LayerNorm gamma " + gamma.length + " vs beta " + beta.length);
        }
        this.gamma = gamma.clone();
        this.beta = beta.clone();
        this.eps = eps;
    }

    /** out[r] = LayerNorm(x[r]) for {@code rows} rows of C floats; {@code out} may be {@code x}. */
    public void apply(float[] x, int rows, float[] out) {
        int c = gamma.length;
        for (int r = 0; r < rows; r++) {
            int o = r * c;
            double sum = 0;
            for (int i = 0; i < c; i++) {
                sum += x[o + i];
            }
            double mean = sum / c;
            double var = 0;
            for (int i = 0; i < c; i++) {
                double d = x[o + i] - mean;
                var += d * d;
            }
            float inv = (float) (1.0 / Math.sqrt(var / c + eps));
            float mu = (float) mean;
            for (int i = 0; i < c; i++) {
                out[o + i] = (x[o + i] - mu) * inv * gamma[i] + beta[i];
            }
        }
    }

    /** One row x [C] → out [C] with the kernels' vector LayerNorm (float sums; a decoding step's norms). */
    public void apply(dev.starling.engine.ops.Kernels kernels, float[] x, float[] out) {
        kernels.layerNorm(x, null, 1, gamma.length, gamma, beta, eps, out);
    }
}
