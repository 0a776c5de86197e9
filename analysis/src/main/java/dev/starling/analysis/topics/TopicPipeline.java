package dev.starling.analysis.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The topic stages wired together. {@link #fit} learns a {@link TopicModel} from a sample of
 * embeddings; {@link #corpus} opens a {@link TopicCorpus} that assigns posts and counts their
 * terms chunk by chunk; {@link #run} does both for a corpus held in memory.
 */
public final class TopicPipeline {
    private final TopicConfig config;
    private final Reducer reducer;
    private final java.util.function.IntFunction<Clusterer> clusterer;
    private final TermExtractor extractor;
    private final TermWeighter weighter;
    private final KeywordSelector selector;
    private final TopicLabeler labeler;

    /**
     * @param clusterer the clusterer for a sample of the given size (HDBSCAN's sizes scale with it)
     */
    public TopicPipeline(TopicConfig config, Reducer reducer, java.util.function.IntFunction<Clusterer> clusterer,
                         TermExtractor extractor, TermWeighter weighter, KeywordSelector selector, TopicLabeler labeler) {
        this.config = config;
        this.reducer = reducer;
        this.clusterer = clusterer;
        this.extractor = extractor;
        this.weighter = weighter;
        this.selector = selector;
        this.labeler = labeler;
    }

    /** PCA → HDBSCAN → c-TF-IDF → co-occurring keywords → keyword labels, sized by {@code config}. */
    public static TopicPipeline standard(TopicConfig config) {
        return new TopicPipeline(config, new PcaReducer(config.dimension(), 30),
                m -> new Hdbscan(config.clusterSizeFor(m), config.minSamplesFor(m), config.maxClusterSizeFor(m)),
                TermExtractor.standard(), new CtfIdf(config.minDocumentFrequency()), CoherentKeywords.standard(),
                TopicLabeler.keywords());
    }

    public TopicConfig config() {
        return config;
    }

    /** The same pipeline with another labelling stage (e.g. labels from a text generator). */
    public TopicPipeline withLabeler(TopicLabeler other) {
        return new TopicPipeline(config, reducer, clusterer, extractor, weighter, selector, other);
    }

    /** The same pipeline with another keyword selection ({@link KeywordSelector#byWeight()} skips it). */
    public TopicPipeline withSelector(KeywordSelector other) {
        return new TopicPipeline(config, reducer, clusterer, extractor, weighter, other, labeler);
    }

    /** Sorted indices of a seeded random sample of at most {@code config.sampleSize()} of n items. */
    public int[] sample(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        if (n <= config.sampleSize()) {
            return idx;
        }
        SplittableRandom random = new SplittableRandom(config.seed());
        for (int i = 0; i < config.sampleSize(); i++) {   // partial Fisher–Yates
            int j = i + random.nextInt(n - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int[] chosen = Arrays.copyOf(idx, config.sampleSize());
        Arrays.sort(chosen);
        return chosen;
    }

    /** Reduces and clusters {@code sample} ([m, D] embeddings) and merges to the target topic count. */
    public TopicModel fit(float[][] sample) {
        if (sample.length < 2) {
            throw new IllegalArgumentException("topics need at least 2 posts, got " + sample.length);
        }
        Reducer.Projection projection = reducer.fit(sample, config.seed());
        float[][] points = new float[sample.length][];
        for (int i = 0; i < sample.length; i++) {
            points[i] = projection.apply(sample[i]);
        }
        int[] labels = clusterer.apply(sample.length).cluster(points, config.seed());
        int k = Arrays.stream(labels).max().orElse(-1) + 1;
        if (k == 0) {   // no dense region at all: one topic holds everything
            Arrays.fill(labels, 0);
            k = 1;
        }
        float[][] centroids = centroids(points, labels, k);
        List<Merges.Merge> merges = Merges.of(centroids, sizes(labels, k));
        if (config.targetTopics() > 0 && config.targetTopics() < k) {
            int[] map = Merges.apply(k, merges, k - config.targetTopics());
            for (int i = 0; i < labels.length; i++) {
                labels[i] = labels[i] < 0 ? labels[i] : map[labels[i]];
            }
            k = config.targetTopics();
            centroids = centroids(points, labels, k);
            merges = Merges.of(centroids, sizes(labels, k));
        }
        return new TopicModel(projection, points, labels, centroids, merges, config.reassignOutliers());
    }

    /** A corpus that assigns posts to {@code model}'s topics and counts their terms. */
    public TopicCorpus corpus(TopicModel model) {
        return new TopicCorpus(model, config, extractor, weighter, selector, labeler);
    }

    /** fit on a seeded sample, then assign every post: embeddings [n, D] with their documents. */
    public Topics run(float[][] embeddings, List<TopicDocument> documents) {
        int[] chosen = sample(embeddings.length);
        List<float[]> sample = new ArrayList<>(chosen.length);
        for (int i : chosen) {
            sample.add(embeddings[i]);
        }
        TopicCorpus corpus = corpus(fit(sample.toArray(new float[0][])));
        for (int i = 0; i < embeddings.length; i++) {
            corpus.add(embeddings[i], documents.get(i));
        }
        return corpus.finish();
    }

    static long[] sizes(int[] labels, int k) {
        long[] sizes = new long[k];
        for (int l : labels) {
            if (l >= 0) {
                sizes[l]++;
            }
        }
        return sizes;
    }

    /** [k, d] unit-length means of each label's points. */
    static float[][] centroids(float[][] points, int[] labels, int k) {
        int d = points[0].length;
        float[][] c = new float[k][d];
        for (int i = 0; i < points.length; i++) {
            if (labels[i] >= 0) {
                for (int j = 0; j < d; j++) {
                    c[labels[i]][j] += points[i][j];
                }
            }
        }
        for (float[] row : c) {
            double norm = 0;
            for (float v : row) {
                norm += v * v;
            }
            float inv = (float) (1 / Math.sqrt(Math.max(norm, 1e-30)));
            for (int j = 0; j < d; j++) {
                row[j] *= inv;
            }
        }
        return c;
    }
}
