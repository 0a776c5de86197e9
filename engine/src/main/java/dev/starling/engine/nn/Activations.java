package dev.starling.engine.nn;

/** Element-wise activations of decoder feed-forward layers (row counts are small while decoding). */
public final class Activations {
    private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

    private Activations() {
    }

    /**
     * GELU, tanh approximation (Hendrycks & Gimpel; GPT-2's {@code gelu_new}, HF "gelu_pytorch_tanh"):
     * ½x(1 + tanh(√(2/π)(x + 0.044715x³))), in place over x[0, n).
     */
    public static void geluTanh(float[] x, int n) {
        geluTanh(x, 0, n);
    }

    /** As {@link #geluTanh(float[], int)} over x[off, off + n). */
    public static void geluTanh(float[] x, int off, int n) {
        for (int i = off; i < off + n; i++) {
            double v = x[i];
            x[i] = (float) (0.5 * v * (1 + Math.tanh(SQRT_2_OVER_PI * (v + 0.044715 * v * v * v))));
        }
    }
}
