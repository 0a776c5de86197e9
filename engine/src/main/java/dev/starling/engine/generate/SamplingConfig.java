package dev.starling.engine.generate;

import java.util.List;

/**
 * How to pick each next token and when to stop. Immutable and validated; build with
 * {@link #builder()} or start from {@link #defaults()} / {@link #greedy()}.
 *
 * <p>Order of the steps on the logits (llama.cpp's and HuggingFace's order): repetition penalty →
 * (temperature 0: argmax) → temperature → top-k → top-p → draw with the seeded generator.
 *
 * @param maxTokens         the most tokens to generate (≥ 1)
 * @param temperature       logits are divided by it; 0 means greedy (argmax, no randomness)
 * @param topK              keep the k most likely tokens; 0 keeps all
 * @param topP              keep the smallest set of most likely tokens whose probability reaches p; 1 keeps all
 * @param repetitionPenalty CTRL's penalty θ for ids already in the prompt or output: a positive
 *                          logit is divided by θ, a negative one multiplied; 1 turns it off
 * @param repetitionWindow  how many of the most recent ids the penalty looks at (0: all)
 * @param seed              seed of the sampling generator: the same seed, prompt and model give the same text
 * @param stop              stop sequences: generation ends when the decoded text contains one; the
 *                          text is cut before it
 */
public record SamplingConfig(int maxTokens, double temperature, int topK, double topP,
                             double repetitionPenalty, int repetitionWindow, long seed, List<String> stop) {

    public SamplingConfig {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be >= 1, got " + maxTokens);
        }
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be finite and >= 0, got " + temperature);
        }
        if (topK < 0) {
            throw new IllegalArgumentException("topK must be >= 0 (0 = off), got " + topK);
        }
        if (!(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("topP must be in (0, 1], got " + topP);
        }
        if (!(repetitionPenalty > 0) || Double.isInfinite(repetitionPenalty)) {
            throw new IllegalArgumentException("repetitionPenalty must be finite and > 0 (1 = off), got " + repetitionPenalty);
        }
        if (repetitionWindow < 0) {
            throw new IllegalArgumentException("repetitionWindow must be >= 0 (0 = all), got " + repetitionWindow);
        }
        stop = List.copyOf(stop);
        for (String s : stop) {
            if (s.isEmpty()) {
                throw new IllegalArgumentException("empty stop sequence");
            }
        }
    }

    /** 128 tokens, temperature 0.8, top-k 40, top-p 0.95, repetition penalty 1.1 over the last 64 ids, seed 0. */
    public static SamplingConfig defaults() {
        return builder().build();
    }

    /** Argmax at every step (deterministic, no penalty), 128 tokens. */
    public static SamplingConfig greedy() {
        return builder().temperature(0).repetitionPenalty(1).build();
    }

    public boolean isGreedy() {
        return temperature == 0;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these values. */
    public Builder toBuilder() {
        return new Builder().maxTokens(maxTokens).temperature(temperature).topK(topK).topP(topP)
                .repetitionPenalty(repetitionPenalty).repetitionWindow(repetitionWindow).seed(seed).stop(stop);
    }

    /** Builder with the {@link #defaults()} values. */
    public static final class Builder {
        private int maxTokens = 128;
        private double temperature = 0.8;
        private int topK = 40;
        private double topP = 0.95;
        private double repetitionPenalty = 1.1;
        private int repetitionWindow = 64;
        private long seed;
        private List<String> stop = List.of();

        private Builder() {
        }

        public Builder maxTokens(int v) {
            maxTokens = v;
            return this;
        }

        public Builder temperature(double v) {
            temperature = v;
            return this;
        }

        public Builder topK(int v) {
            topK = v;
            return this;
        }

        public Builder topP(double v) {
            topP = v;
            return this;
        }

        public Builder repetitionPenalty(double v) {
            repetitionPenalty = v;
            return this;
        }

        public Builder repetitionWindow(int v) {
            repetitionWindow = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder stop(List<String> v) {
            stop = v;
            return this;
        }

        public Builder stop(String... v) {
            stop = List.of(v);
            return this;
        }

        public SamplingConfig build() {
            return new SamplingConfig(maxTokens, temperature, topK, topP, repetitionPenalty, repetitionWindow, seed, stop);
        }
    }
}
