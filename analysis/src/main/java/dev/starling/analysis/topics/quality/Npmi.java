package dev.starling.analysis.topics.quality;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Normalised pointwise mutual information (Bouma 2009; gensim's {@code c_npmi}, which OCTIS and the
 * BERTopic paper use): for words a, b of a topic,
 * NPMI(a, b) = log((p(a, b) + ε) / (p(a) p(b))) / −log(p(a, b) + ε), ε = 1e-12, where p counts
 * the documents containing the word(s) over the number of documents (the window is the whole
 * document: tweets are mostly shorter than gensim's 10-word sliding window anyway). A topic's score
 * is the mean over all pairs of its top-n words; a model's is the mean over its topics.
 */
public final class Npmi {
    private static final double EPSILON = 1e-12;
    private final Map<String, BitSet> postings = new HashMap<>();
    private final int documents;

    /** @param documents each document's terms (preprocessed as the topics' words were) */
    public Npmi(List<List<String>> documents) {
        this.documents = documents.size();
        for (int d = 0; d < documents.size(); d++) {
            for (String w : documents.get(d)) {
                postings.computeIfAbsent(w, k -> new BitSet()).set(d);
            }
        }
    }

    /** Mean NPMI over the topics' first {@code top} words; empty topics are skipped. */
    public double score(List<List<String>> topics, int top) {
        double sum = 0;
        int n = 0;
        for (List<String> t : topics) {
            if (t.size() >= 2) {
                sum += topic(t.subList(0, Math.min(top, t.size())));
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** Mean NPMI over the word pairs of one topic. */
    public double topic(List<String> words) {
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                sum += pair(words.get(i), words.get(j));
                pairs++;
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
    }

    double pair(String a, String b) {
        BitSet da = postings.getOrDefault(a, new BitSet());
        BitSet db = postings.getOrDefault(b, new BitSet());
        if (da.isEmpty() || db.isEmpty()) {
            return 0;   // gensim would fail on an unknown word; an absent word says nothing either way
        }
        BitSet both = (BitSet) da.clone();
        both.and(db);
        double pa = da.cardinality() / (double) documents;
        double pb = db.cardinality() / (double) documents;
        double pab = both.cardinality() / (double) documents;
        return Math.log((pab + EPSILON) / (pa * pb)) / -Math.log(pab + EPSILON);
    }
}
