package dev.starling.analysis.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The incremental half of a topic run: posts arrive one by one (or chunk by chunk, from a corpus
 * that never fits in memory); each is assigned by the fitted {@link TopicModel}, and only counts
 * are kept: sizes, term counts (of the posts not reassigned), a bounded sample of those posts' terms
 * for the {@link KeywordSelector}, counts per time bucket and per group, and the few posts nearest
 * to each centroid. {@link #finish} turns them into {@link Topics}.
 */
public final class TopicCorpus {
    private final TopicModel model;
    private final TopicConfig config;
    private final TermExtractor extractor;
    private final TermWeighter weighter;
    private final KeywordSelector selector;
    private final TopicLabeler labeler;
    private final TopicTermCounts terms;
    private final TopicPostSample corePosts;
    private final long[] sizes;
    private final SortedMap<String, long[]> overTime = new TreeMap<>();
    private final SortedMap<String, long[]> perGroup = new TreeMap<>();
    private final List<List<Central>> central = new ArrayList<>();
    private long posts;
    private long outliers;

    /** A candidate representative: similarity to the centroid, arrival order (for ties), text. */
    private record Central(double similarity, long order, String text) {
    }

    TopicCorpus(TopicModel model, TopicConfig config, TermExtractor extractor, TermWeighter weighter,
                KeywordSelector selector, TopicLabeler labeler) {
        this.model = model;
        this.config = config;
        this.extractor = extractor;
        this.weighter = weighter;
        this.selector = selector;
        this.labeler = labeler;
        this.terms = new TopicTermCounts(model.topics());
        this.corePosts = new TopicPostSample(model.topics(), selector.postsPerTopic(), config.seed());
        this.sizes = new long[model.topics()];
        for (int t = 0; t < model.topics(); t++) {
            central.add(new ArrayList<>());
        }
    }

    /** Assigns one post and counts it; returns its assignment. */
    public TopicModel.Assignment add(float[] embedding, TopicDocument doc) {
        TopicModel.Assignment a = model.assign(embedding);
        posts++;
        if (a.outlier()) {
            outliers++;
            return a;
        }
        int t = a.topic();
        sizes[t]++;
        // Keywords come from the dense core, as BERTopic's do (its outliers stay in topic -1):
        // a reassigned post joins the sizes and document frequencies, but does not blur the topic's words.
        int[] ids = terms.add(t, extractor.terms(doc.text(), doc.lang()), !a.reassigned());
        if (!a.reassigned()) {
            corePosts.add(t, ids);
        }
        if (doc.time() != null) {
            overTime.computeIfAbsent(config.bucket().of(doc.time()), b -> new long[sizes.length])[t]++;
        }
        if (doc.group() != null) {
            perGroup.computeIfAbsent(doc.group(), g -> new long[sizes.length])[t]++;
        }
        keepCentral(t, new Central(a.similarity(), posts, doc.text()));
        return a;
    }

    private void keepCentral(int t, Central c) {
        List<Central> list = central.get(t);
        if (config.representatives() == 0) {
            return;
        }
        list.add(c);
        list.sort(Comparator.comparingDouble(Central::similarity).reversed().thenComparingLong(Central::order));
        if (list.size() > config.representatives()) {
            list.remove(list.size() - 1);
        }
    }

    /** Keywords, labels and the counts so far. */
    public Topics finish() {
        List<List<Keyword>> candidates = weighter.weigh(terms, selector.candidates(config.keywords()));
        List<List<Keyword>> keywords = new ArrayList<>();
        for (int t = 0; t < sizes.length; t++) {
            keywords.add(selector.select(candidates.get(t), postTerms(t), config.keywords()));
        }
        List<Topic> topics = new ArrayList<>();
        for (int t = 0; t < sizes.length; t++) {
            List<String> reps = central.get(t).stream().map(Central::text).toList();
            float[] c = model.centroids()[t];
            topics.add(new Topic(t, sizes[t], keywords.get(t), labeler.label(keywords.get(t), reps), reps,
                    c[0], c.length > 1 ? c[1] : 0));
        }
        return new Topics(topics, posts, outliers, overTime, perGroup, model.merges());
    }

    /** The sampled core posts of topic {@code t} as sets of terms. */
    private List<Set<String>> postTerms(int t) {
        List<Set<String>> out = new ArrayList<>();
        for (int[] ids : corePosts.of(t)) {
            Set<String> post = new LinkedHashSet<>();
            for (int id : ids) {
                post.add(terms.term(id));
            }
            out.add(post);
        }
        return out;
    }
}
