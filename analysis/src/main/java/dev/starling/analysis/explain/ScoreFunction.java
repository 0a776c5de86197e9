package dev.starling.analysis.explain;

/**
 * The part of a classifier after the encoder: F(v), the score being explained, of a pooled
 * sentence vector v [C], and its gradient ∂F/∂v [C]. Integrated gradients back-propagates the
 * gradient through the encoder to the input embeddings.
 */
public interface ScoreFunction {
    double value(float[] pooled);

    float[] gradient(float[] pooled);
}
