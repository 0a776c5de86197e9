package dev.starling.analysis.recommend;

import java.util.List;

/** Nearest neighbours by inner product over L2-normalised vectors (= cosine similarity). */
public interface VectorIndex {
    /** One hit: the vector's position in the indexed array and its similarity to the query. */
    record Neighbour(int id, float similarity) {
    }

    int size();

    /** The (up to) {@code k} most similar vectors to {@code query} [d], most similar first. */
    List<Neighbour> search(float[] query, int k);
}
