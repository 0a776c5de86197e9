package dev.starling.analysis.topics;

/** Stage 2: learns a map from embedding space to a smaller space where density clustering works. */
public interface Reducer {
    /** Fits on {@code sample} ([m, D], rows are embeddings) and returns the learnt map. */
    Projection fit(float[][] sample, long seed);

    /** A fitted reduction, applied to one vector at a time (so that posts can stream through it). */
    interface Projection {
        /** Output dimension d. */
        int dimension();

        /** [D] → [d]. */
        float[] apply(float[] embedding);
    }

    /** The no-op stage: clusters in the embedding space itself. */
    static Reducer identity() {
        return (sample, seed) -> new Projection() {
            @Override
            public int dimension() {
                return sample.length == 0 ? 0 : sample[0].length;
            }

            @Override
            public float[] apply(float[] embedding) {
                return embedding.clone();
            }
        };
    }
}
