package dev.starling.engine.embed;

/** What happens to a text whose word pieces do not fit the model's window. */
public enum LongTextPolicy {
    /**
     * Split the pieces into overlapping windows, embed each window as a sentence, and average the
     * window embeddings (then re-normalise). Nothing of the text is ignored. The default.
     */
    CHUNK,
    /** Keep only the first window's pieces (what most tools do silently). */
    TRUNCATE
}
