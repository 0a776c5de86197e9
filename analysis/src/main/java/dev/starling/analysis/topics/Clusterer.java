package dev.starling.analysis.topics;

/** Stage 3: groups reduced points into clusters; a point in no dense region is noise. */
public interface Clusterer {
    /** Label of a point that belongs to no cluster. */
    int NOISE = -1;

    /**
     * @param points [m, d] reduced points
     * @return [m] cluster ids 0..k-1, numbered by first appearance, or {@link #NOISE}
     */
    int[] cluster(float[][] points, long seed);
}
