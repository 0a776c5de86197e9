package dev.starling.analysis.recommend;

import java.util.ArrayList;
import java.util.List;

/** Brute force: compares the query with every vector. The naive twin {@link HnswIndex} is tested against. */
public final class ExactIndex implements VectorIndex {
    private final float[][] vectors;

    public ExactIndex(float[][] vectors) {
        this.vectors = vectors;
    }

    @Override
    public int size() {
        return vectors.length;
    }

    @Override
    public List<Neighbour> search(float[] query, int k) {
        float[] sim = new float[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            sim[i] = Vectors.dot(query, vectors[i]);
        }
        List<Neighbour> r = new ArrayList<>();
        for (int i : TopK.of(sim, k, null)) {
            r.add(new Neighbour(i, sim[i]));
        }
        return r;
    }
}
