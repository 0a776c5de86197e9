package dev.starling.engine.model.llama;

import dev.starling.engine.nn.Rope;

/**
 * HF config.json's {@code rope_scaling}: how rotary frequencies are stretched for longer contexts.
 *
 * @param type            none, linear or llama3
 * @param factor          the stretch factor (≥ 1)
 * @param lowFreqFactor   llama3 only
 * @param highFreqFactor  llama3 only
 * @param originalContext llama3 only: original_max_position_embeddings
 * @param divisors        explicit only: one divisor per frequency (GGUF's {@code rope_freqs} tensor)
 */
public record RopeScaling(Type type, double factor, double lowFreqFactor, double highFreqFactor, int originalContext,
                          double[] divisors) {
    public enum Type { NONE, LINEAR, LLAMA3, EXPLICIT }

    public static final RopeScaling NONE = new RopeScaling(Type.NONE, 1, 1, 1, 0, null);

    public RopeScaling {
        if (!(factor >= 1)) {
            throw new IllegalArgumentException("rope scaling factor must be >= 1, got " + factor);
        }
        if (type == Type.LLAMA3 && (originalContext < 1 || !(highFreqFactor > lowFreqFactor))) {
            throw new IllegalArgumentException("llama3 rope scaling needs original context > 0 and high_freq_factor > low_freq_factor");
        }
    }

    public static RopeScaling linear(double factor) {
        return new RopeScaling(Type.LINEAR, factor, 1, 1, 0, null);
    }

    public static RopeScaling llama3(double factor, double low, double high, int originalContext) {
        return new RopeScaling(Type.LLAMA3, factor, low, high, originalContext, null);
    }

    /** Precomputed divisors, e.g. Llama 3.1's as llama.cpp's converter stores them. */
    public static RopeScaling explicit(double[] divisors) {
        return new RopeScaling(Type.EXPLICIT, 1, 1, 1, 0, divisors.clone());
    }

    /** Per-frequency divisors for {@link Rope}, or null for none. */
    double[] factors(int headDim, double theta) {
        return switch (type) {
            case NONE -> null;
            case LINEAR -> Rope.linearFactors(headDim, factor);
            case LLAMA3 -> Rope.llama3Factors(headDim, theta, factor, lowFreqFactor, highFreqFactor, originalContext);
            case EXPLICIT -> divisors.clone();
        };
    }
}
