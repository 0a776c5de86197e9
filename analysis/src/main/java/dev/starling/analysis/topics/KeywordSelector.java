package dev.starling.analysis.topics;

import java.util.List;
import java.util.Set;

/**
 * Stage 5b (after the {@link TermWeighter}): picks each topic's keywords among its best-weighted
 * candidate terms, looking at the topic's own posts (BERTopic's "representation models" fine-tune
 * c-TF-IDF's words the same way). {@link #byWeight()} skips the step.
 */
public interface KeywordSelector {
    /** How many of the weighter's best terms to choose {@code top} keywords from. */
    int candidates(int top);

    /** How many of each topic's posts the selector looks at (a seeded sample of them); 0 = none. */
    int postsPerTopic();

    /**
     * @param candidates the topic's weighted terms, best first
     * @param posts      the distinct terms of (a sample of) the topic's posts
     * @param top        how many keywords to keep
     * @return at most {@code top} of the candidates, best first, with their weights
     */
    List<Keyword> select(List<Keyword> candidates, List<Set<String>> posts, int top);

    /** The weighter's order as it is: the first {@code top} candidates. */
    static KeywordSelector byWeight() {
        return new KeywordSelector() {
            @Override
            public int candidates(int top) {
                return top;
            }

            @Override
            public int postsPerTopic() {
                return 0;
            }

            @Override
            public List<Keyword> select(List<Keyword> candidates, List<Set<String>> posts, int top) {
                return List.copyOf(candidates.subList(0, Math.min(top, candidates.size())));
            }
        };
    }
}
