package dev.starling.analysis.topics;

import java.util.List;

/** Stage 5: scores the terms of each topic from the per-topic term counts. */
public interface TermWeighter {
    /**
     * @param counts term counts per topic (with document frequencies over the corpus)
     * @param top    how many terms to keep per topic
     * @return per topic, its best {@code top} terms, best first
     */
    List<List<Keyword>> weigh(TopicTermCounts counts, int top);
}
