package dev.starling.engine.nn;

/**
 * Rotary position embedding (Su et al. 2021): dimension pairs of each head's query and key are
 * rotated by angle pos · θ^(−2i/d), so q·k depends on the positions only through their difference.
 *
 * <p>Two pairings exist, and checkpoints disagree: {@link Pairing#HALF} pairs (i, i + d/2)
 * (HuggingFace's {@code rotate_half}, GPT-NeoX, Qwen2 in GGUF), {@link Pairing#ADJACENT} pairs
 * (2i, 2i+1) (Meta's original Llama code and GGUF's llama architecture, whose converter permutes
 * the Q/K rows so the adjacent form gives HF's results).
 *
 * <p>Frequency scaling for long contexts: each inverse frequency is divided by a factor
 * ({@link #llama3Factors} computes Llama 3.1's; GGUF stores them as {@code rope_freqs}).
 */
public final class Rope {
    /** Which dimensions of a head form a rotated pair. */
    public enum Pairing {
        /** (i, i + d/2): HF rotate_half / NeoX. */
        HALF,
        /** (2i, 2i+1): GPT-J / Meta / ggml "normal". */
        ADJACENT
    }

    private final int headDim;
    private final Pairing pairing;
    /** inv_freq [d/2]: θ^(−2i/d) / factor_i. */
    private final double[] invFreq;

    /**
     * @param theta   base θ (10 000 for Llama 2, 500 000 for Llama 3, 1 000 000 for Qwen2.5)
     * @param factors per-frequency divisors [d/2], or null for none (plain RoPE)
     */
    public Rope(int headDim, double theta, Pairing pairing, double[] factors) {
        if (headDim % 2 != 0) {
            throw new IllegalArgumentException("RoPE needs an even head dimension, got " + headDim);
        }
        if (factors != null && factors.length != headDim / 2) {
            throw new IllegalArgumentException("RoPE factors: " + factors.length + " for head dimension " + headDim);
        }
        this.headDim = headDim;
        this.pairing = pairing;
        this.invFreq = new double[headDim / 2];
        for (int i = 0; i < invFreq.length; i++) {
            invFreq[i] = Math.pow(theta, -2.0 * i / headDim) / (factors == null ? 1 : factors[i]);
        }
    }

    /**
     * Llama 3.1's rope_scaling ("rope_type": "llama3"): wavelengths shorter than
     * originalContext/highFreqFactor are kept, longer than originalContext/lowFreqFactor divided by
     * {@code factor}, those between interpolated smoothly. Returns the divisors [d/2].
     */
    public static double[] llama3Factors(int headDim, double theta, double factor, double lowFreqFactor,
                                         double highFreqFactor, int originalContext) {
        double[] out = new double[headDim / 2];
        double lowWavelen = originalContext / lowFreqFactor;
        double highWavelen = originalContext / highFreqFactor;
        for (int i = 0; i < out.length; i++) {
            double freq = Math.pow(theta, -2.0 * i / headDim);
            double wavelen = 2 * Math.PI / freq;
            if (wavelen < highWavelen) {
                out[i] = 1;
            } else if (wavelen > lowWavelen) {
                out[i] = factor;
            } else {
                double smooth = (originalContext / wavelen - lowFreqFactor) / (highFreqFactor - lowFreqFactor);
                out[i] = 1 / ((1 - smooth) / factor + smooth); // inv_freq' = (1−s)·f/factor + s·f
            }
        }
        return out;
    }

    /** A constant divisor for every frequency ("rope_type": "linear": positions divided by factor). */
    public static double[] linearFactors(int headDim, double factor) {
        double[] out = new double[headDim / 2];
        java.util.Arrays.fill(out, factor);
        return out;
    }

    public int headDim() {
        return headDim;
    }

    /**
     * Rotates, in place, {@code heads} heads of d floats for each of {@code rows} tokens at
     * positions {@code pos0 …}: row t of x starts at t·ld and holds the heads back to back.
     */
    public void apply(float[] x, int rows, int ld, int heads, int pos0) {
        int half = headDim / 2;
        float[] cos = new float[half];
        float[] sin = new float[half];
        for (int t = 0; t < rows; t++) {
            angles(pos0 + t, cos, sin);
            for (int h = 0; h < heads; h++) {
                rotate(x, t * ld + h * headDim, cos, sin);
            }
        }
    }

    private void angles(int pos, float[] cos, float[] sin) {
        for (int i = 0; i < cos.length; i++) {
            double a = pos * invFreq[i];
            cos[i] = (float) Math.cos(a);
            sin[i] = (float) Math.sin(a);
        }
    }

    private void rotate(float[] x, int off, float[] cos, float[] sin) {
        int half = headDim / 2;
        for (int i = 0; i < half; i++) {
            int a = pairing == Pairing.HALF ? off + i : off + 2 * i;
            int b = pairing == Pairing.HALF ? off + i + half : off + 2 * i + 1;
            float x0 = x[a];
            float x1 = x[b];
            x[a] = x0 * cos[i] - x1 * sin[i];
            x[b] = x0 * sin[i] + x1 * cos[i];
        }
    }
}
