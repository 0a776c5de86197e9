package dev.starling.engine.nn;

/**
 * RMSNorm (Zhang & Sennrich 2019), Llama's norm: y = x / √(mean(x²) + ε) · g. No mean
 * subtraction, no bias. Sum of squares in double so long rows do not lose precision.
 */
public final class RmsNorm {
    private final float[] gain;
    private final float eps;

    /** @param gain g [C] */
    public RmsNorm(float[] gain, float eps) {
        this.gain = gain.clone();
        this.eps = eps;
    }

    public int size() {
        return gain.length;
    }

    /** out[r] = RMSNorm(x[r]) for {@code rows} rows of C floats; {@code out} may be {@code x}. */
    public void apply(float[] x, int rows, float[] out) {
        int c = gain.length;
        for (int r = 0; r < rows; r++) {
            int o = r * c;
            double ss = 0;
            for (int i = 0; i < c; i++) {
                ss += (double) x[o + i] * x[o + i];
            }
            float inv = (float) (1.0 / Math.sqrt(ss / c + eps));
            for (int i = 0; i < c; i++) {
                out[o + i] = x[o + i] * inv * gain[i];
            }
        }
    }
}
