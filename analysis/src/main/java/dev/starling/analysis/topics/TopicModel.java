package dev.starling.analysis.topics;

import java.util.List;

/**
 * What {@link TopicPipeline#fit} learnt: the projection, the sample's reduced points with their
 * topics, and each topic's centroid. It assigns any later post, one at a time.
 *
 * @param projection   the fitted reducer
 * @param points       [m, d] the reduced sample
 * @param labels       [m] topic of each sample point, or {@link Clusterer#NOISE}
 * @param centroids    [k, d] unit-length mean of each topic's sample points
 * @param merges       the hierarchy over the k topics (closest centroids first), see {@link Merges}
 * @param reassign     whether a post nearest to a noise point goes to its nearest centroid
 */
public record TopicModel(Reducer.Projection projection, float[][] points, int[] labels, float[][] centroids,
                         List<Merges.Merge> merges, boolean reassign) {

    /**
     * A post's topic, its cosine similarity to that topic's centroid, and whether it was reassigned
     * (its nearest sampled neighbour was noise, so it joined the nearest centroid instead).
     */
    public record Assignment(int topic, double similarity, boolean reassigned) {
        public boolean outlier() {
            return topic == Clusterer.NOISE;
        }
    }

    public int topics() {
        return centroids.length;
    }

    /** Topic of the nearest sampled point; a noise neighbour means the nearest centroid when reassigning. */
    public Assignment assign(float[] embedding) {
        float[] y = projection.apply(embedding);
        int nearest = -1;
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < points.length; i++) {
            double s = dot(points[i], y);
            if (s > best) {
                best = s;
                nearest = i;
            }
        }
        int topic = nearest < 0 ? Clusterer.NOISE : labels[nearest];
        boolean reassigned = false;
        if (topic == Clusterer.NOISE && reassign) {
            topic = nearestCentroid(y);
            reassigned = true;
        }
        return new Assignment(topic, topic == Clusterer.NOISE ? 0 : dot(centroids[topic], y), reassigned);
    }

    int nearestCentroid(float[] y) {
        int best = Clusterer.NOISE;
        double bestSim = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double s = dot(centroids[c], y);
            if (s > bestSim) {
                bestSim = s;
                best = c;
            }
        }
        return best;
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
