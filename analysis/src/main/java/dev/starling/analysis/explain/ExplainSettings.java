package dev.starling.analysis.explain;

import dev.starling.engine.ops.Kernels;

/**
 * How explainers run.
 *
 * @param kernels the engine's kernels (threads)
 * @param steps   m, the integrated-gradients steps (the completeness gap shrinks as 1/m²)
 */
public record ExplainSettings(Kernels kernels, int steps) {
    /** The steps the CLI uses: completeness within the stated tolerance on every classifier. */
    public static final int DEFAULT_STEPS = 64;

    public ExplainSettings {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, got " + steps);
        }
    }
}
