package dev.starling.analysis.topics;

/**
 * Settings of a topic run; immutable and validated. {@link #defaults()} then the {@code with…}
 * copies.
 *
 * @param seed                 every random choice (sample, PCA start) derives from it
 * @param sampleSize           posts the reducer and the clusterer are fitted on (bounds the O(m²) step)
 * @param dimension            the reduced dimension d
 * @param minClusterSize       HDBSCAN's smallest cluster in the sample; 0 = max(5, sample / 300)
 * @param minSamples           HDBSCAN's density k; 0 = min(minClusterSize, 5)
 * @param reassignOutliers     give every noise post its nearest topic (on by default)
 * @param targetTopics         merge the most similar topics until this many are left; 0 = keep what HDBSCAN found
 * @param keywords             keywords kept per topic
 * @param minDocumentFrequency a keyword appears in at least this many posts
 * @param representatives      most central posts kept per topic
 * @param bucket               the time bucket of the topics-over-time counts
 */
public record TopicConfig(long seed, int sampleSize, int dimension, int minClusterSize, int minSamples,
                          boolean reassignOutliers, int targetTopics, int keywords, int minDocumentFrequency,
                          int representatives, TimeBucket bucket) {
    public TopicConfig {
        if (sampleSize < 2 || dimension < 1 || minClusterSize < 0 || minSamples < 0 || targetTopics < 0
                || keywords < 1 || minDocumentFrequency < 1 || representatives < 0) {
            throw new IllegalArgumentException("invalid topic settings");
        }
        java.util.Objects.requireNonNull(bucket, "bucket");
    }

    public static TopicConfig defaults() {
        return new TopicConfig(42, 3000, 16, 0, 0, true, 0, 25, 2, 3, TimeBucket.DAY);
    }

    public TopicConfig withSeed(long s) {
        return new TopicConfig(s, sampleSize, dimension, minClusterSize, minSamples, reassignOutliers, targetTopics,
                keywords, minDocumentFrequency, representatives, bucket);
    }

    public TopicConfig withDimension(int d) {
        return new TopicConfig(seed, sampleSize, d, minClusterSize, minSamples, reassignOutliers, targetTopics,
                keywords, minDocumentFrequency, representatives, bucket);
    }

    public TopicConfig withMinSamples(int k) {
        return new TopicConfig(seed, sampleSize, dimension, minClusterSize, k, reassignOutliers, targetTopics,
                keywords, minDocumentFrequency, representatives, bucket);
    }

    public TopicConfig withTargetTopics(int n) {
        return new TopicConfig(seed, sampleSize, dimension, minClusterSize, minSamples, reassignOutliers, n,
                keywords, minDocumentFrequency, representatives, bucket);
    }

    public TopicConfig withReassignOutliers(boolean r) {
        return new TopicConfig(seed, sampleSize, dimension, minClusterSize, minSamples, r, targetTopics,
                keywords, minDocumentFrequency, representatives, bucket);
    }

    public TopicConfig withSampleSize(int n) {
        return new TopicConfig(seed, n, dimension, minClusterSize, minSamples, reassignOutliers, targetTopics,
                keywords, minDocumentFrequency, representatives, bucket);
    }

    public TopicConfig withMinClusterSize(int n) {
        return new TopicConfig(seed, sampleSize, dimension, n, minSamples, reassignOutliers, targetTopics,
                keywords, minDocumentFrequency, representatives, bucket);
    }

    public TopicConfig withMinDocumentFrequency(int n) {
        return new TopicConfig(seed, sampleSize, dimension, minClusterSize, minSamples, reassignOutliers, targetTopics,
                keywords, n, representatives, bucket);
    }

    public TopicConfig withBucket(TimeBucket b) {
        return new TopicConfig(seed, sampleSize, dimension, minClusterSize, minSamples, reassignOutliers, targetTopics,
                keywords, minDocumentFrequency, representatives, b);
    }

    /** The HDBSCAN minimum cluster size for a sample of {@code m} points. */
    int clusterSizeFor(int m) {
        return minClusterSize > 0 ? minClusterSize : Math.max(5, m / 300);
    }

    /** No topic is fitted on more than a quarter of the sample: HDBSCAN goes one level deeper instead. */
    int maxClusterSizeFor(int m) {
        return Math.max(clusterSizeFor(m), m / 4);
    }

    int minSamplesFor(int m) {
        return minSamples > 0 ? minSamples : Math.min(clusterSizeFor(m), 5);
    }
}
