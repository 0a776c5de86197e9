package dev.starling.engine.embed;

import dev.starling.engine.nn.RaggedBatch;

/**
 * How a sequence's token vectors become one sentence vector. Which one a model wants is part of
 * its training recipe: sentence-transformers models such as all-MiniLM-L6-v2 were trained with
 * the mean, BGE models with the [CLS] vector (their model cards say so); the other choice still
 * works but gives vectors the model was not trained to compare.
 */
public enum SentencePooling {
    /** Mean over every token, [CLS] and [SEP] included. */
    MEAN,
    /** The first token's vector: [CLS]. */
    CLS;

    /** Pools a batch's last hidden state [N, C] into [B][C] (not normalised). */
    public float[][] pool(RaggedBatch batch, float[] hidden, int c) {
        return switch (this) {
            case MEAN -> Pooling.mean(batch, hidden, c);
            case CLS -> Pooling.first(batch, hidden, c);
        };
    }
}
