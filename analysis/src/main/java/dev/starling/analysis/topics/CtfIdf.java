package dev.starling.analysis.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Class-based TF-IDF (Grootendorst 2022, as BERTopic's {@code ClassTfidfTransformer}):
 * W(t, c) = tf(t, c) / Σₜ tf(t, c) · log(1 + A / f(t)), where A is the average number of words
 * per topic and f(t) the frequency of t over all topics. Terms found in fewer than
 * {@code minDocumentFrequency} posts are left out (CountVectorizer's min_df), which removes
 * typos and one-off handles that would otherwise top small topics.
 */
public record CtfIdf(int minDocumentFrequency) implements TermWeighter {

    @Override
    public List<List<Keyword>> weigh(TopicTermCounts counts, int top) {
        int k = counts.topics();
        double[] frequency = new double[counts.vocabularySize()];
        double words = 0;
        for (int c = 0; c < k; c++) {
            for (Map.Entry<Integer, Integer> e : counts.counts(c).entrySet()) {
                frequency[e.getKey()] += e.getValue();
                words += e.getValue();
            }
        }
        long nonEmpty = java.util.stream.IntStream.range(0, k).filter(c -> !counts.counts(c).isEmpty()).count();
        double average = words / Math.max(1, nonEmpty);
        List<List<Keyword>> out = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            out.add(topTerms(counts, c, frequency, average, top));
        }
        return out;
    }

    private List<Keyword> topTerms(TopicTermCounts counts, int c, double[] frequency, double average, int top) {
        double total = counts.counts(c).values().stream().mapToDouble(Integer::doubleValue).sum();
        List<Keyword> scored = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : counts.counts(c).entrySet()) {
            int id = e.getKey();
            if (counts.documentFrequency(id) < minDocumentFrequency) {
                continue;
            }
            double idf = Math.log(1 + average / frequency[id]);
            scored.add(new Keyword(counts.term(id), e.getValue() / total * idf));
        }
        scored.sort(Comparator.comparingDouble(Keyword::weight).reversed().thenComparing(Keyword::term));
        return List.copyOf(scored.subList(0, Math.min(top, scored.size())));
    }
}
