package dev.starling.analysis.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Term frequencies per topic (the "class documents" of c-TF-IDF) and document frequencies over
 * the corpus, filled one post at a time: memory grows with the vocabulary, not the corpus.
 */
public final class TopicTermCounts {
    private final Map<String, Integer> vocabulary = new LinkedHashMap<>();
    private final List<String> terms = new ArrayList<>();
    private final List<Integer> documentFrequency = new ArrayList<>();
    private final List<Map<Integer, Integer>> perTopic = new ArrayList<>();

    public TopicTermCounts(int topics) {
        for (int t = 0; t < topics; t++) {
            perTopic.add(new HashMap<>());
        }
    }

    /** Counts the terms of one post of {@code topic} (its document frequency once per distinct term). */
    public void add(int topic, List<String> postTerms) {
        add(topic, postTerms, true);
    }

    /**
     * Counts one post's document frequencies, and its term frequencies in {@code topic} only when
     * {@code inTopic} (a post may count for the corpus without shaping its topic's words).
     *
     * @return the ids of the post's distinct terms, in order of first occurrence
     */
    public int[] add(int topic, List<String> postTerms, boolean inTopic) {
        Map<Integer, Integer> counts = perTopic.get(topic);
        Set<Integer> seen = new LinkedHashSet<>();
        for (String term : postTerms) {
            int id = vocabulary.computeIfAbsent(term, t -> {
                terms.add(t);
                documentFrequency.add(0);
                return terms.size() - 1;
            });
            if (inTopic) {
                counts.merge(id, 1, Integer::sum);
            }
            if (seen.add(id)) {
                documentFrequency.set(id, documentFrequency.get(id) + 1);
            }
        }
        return seen.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Folds topic {@code from}'s counts into topic {@code into}; {@code from} is left empty. */
    public void merge(int from, int into) {
        perTopic.get(from).forEach((id, c) -> perTopic.get(into).merge(id, c, Integer::sum));
        perTopic.get(from).clear();
    }

    public int topics() {
        return perTopic.size();
    }

    public int vocabularySize() {
        return terms.size();
    }

    public String term(int id) {
        return terms.get(id);
    }

    public int documentFrequency(int id) {
        return documentFrequency.get(id);
    }

    /** Term id → count in {@code topic}. Do not modify. */
    public Map<Integer, Integer> counts(int topic) {
        return perTopic.get(topic);
    }
}
