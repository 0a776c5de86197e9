package dev.starling.analysis.ngrams;

/**
 * A feature vector with few non-zero entries: indices ascending and distinct, values beside them.
 */
public record SparseVector(int[] indices, float[] values) {
    public SparseVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException(indices.length + " indices but " + values.length + " values");
        }
    }

    public int size() {
        return indices.length;
    }

    /** Σ w[i]·v[i] over the non-zero entries. */
    public double dot(float[] w) {
        double s = 0;
        for (int k = 0; k < indices.length; k++) {
            s += (double) w[indices[k]] * values[k];
        }
        return s;
    }
}
