package dev.starling.analysis.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keywords that occur together in the topic's posts. Greedy, as maximal marginal relevance
 * (Carbonell &amp; Goldstein 1998) but rewarding co-occurrence where MMR penalises similarity: the
 * first keyword is the best-weighted candidate; each next one maximises
 * <pre>  λ · w(t) / w(t₁) + (1 − λ) · mean over chosen s of NPMI(t, s)</pre>
 * where w is the term weighter's score and NPMI(t, s) = log(p(t, s) / (p(t) p(s))) / −log p(t, s)
 * (Bouma 2009) with p counting the topic's own posts (−1 for terms that never meet, 1 for terms in
 * every post together). Why: c-TF-IDF scores each term alone, so a small topic's list mixes its
 * theme with words that each came from one unrelated post; tying each next word to the words
 * already chosen keeps the ones that describe the same posts (e.g. "global" next to "warming").
 *
 * @param candidates    candidates per keyword list (at least {@code top})
 * @param lambda        weight of the term weighter's score against co-occurrence, in [0, 1]
 * @param postsPerTopic posts per topic (a seeded sample) the co-occurrences are counted in
 */
public record CoherentKeywords(int candidates, double lambda, int postsPerTopic) implements KeywordSelector {
    public CoherentKeywords {
        if (candidates < 1 || lambda < 0 || lambda > 1 || postsPerTopic < 1) {
            throw new IllegalArgumentException("invalid keyword selection settings");
        }
    }

    /** 50 candidates, λ = 0.5, co-occurrences in up to 1,000 posts per topic. */
    public static CoherentKeywords standard() {
        return new CoherentKeywords(50, 0.5, 1000);
    }

    @Override
    public int candidates(int top) {
        return Math.max(candidates, top);
    }

    @Override
    public List<Keyword> select(List<Keyword> candidates, List<Set<String>> posts, int top) {
        int m = candidates.size();
        if (m <= 1 || top <= 1) {
            return List.copyOf(candidates.subList(0, Math.min(top, m)));
        }
        double[][] npmi = Cooccurrence.npmi(candidates.stream().map(Keyword::term).toList(), posts);
        double scale = Math.max(Math.abs(candidates.get(0).weight()), 1e-300);
        List<Integer> chosen = new ArrayList<>(List.of(0));
        double[] association = npmi[0].clone();   // Σ NPMI(t, s) over chosen s
        boolean[] used = new boolean[m];
        used[0] = true;
        while (chosen.size() < Math.min(top, m)) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int t = 0; t < m; t++) {   // ties: the better-weighted (earlier) candidate
                double score = lambda * candidates.get(t).weight() / scale + (1 - lambda) * association[t] / chosen.size();
                if (!used[t] && score > bestScore) {
                    bestScore = score;
                    best = t;
                }
            }
            chosen.add(best);
            used[best] = true;
            for (int t = 0; t < m; t++) {
                association[t] += npmi[best][t];
            }
        }
        return chosen.stream().map(candidates::get).toList();
    }
}
