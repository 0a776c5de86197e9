package dev.starling.engine.embed;

import java.util.List;

/** Maps texts to fixed-size vectors. Implementations document their pooling and normalisation. */
public interface TextEmbedder {
    /** Length of every returned vector. */
    int dimension();

    /** One vector per text, in order. */
    float[][] embed(List<String> texts);
}
