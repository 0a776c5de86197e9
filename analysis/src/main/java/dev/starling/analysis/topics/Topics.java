package dev.starling.analysis.topics;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;

/**
 * The result of a topic run.
 *
 * @param topics   every topic, by id
 * @param posts    posts seen
 * @param outliers posts left without a topic (0 when outliers are reassigned)
 * @param overTime time bucket (ISO day) → posts per topic [k]
 * @param perGroup group → posts per topic [k]
 * @param merges   the hierarchy over the topics ({@link Merges})
 */
public record Topics(List<Topic> topics, long posts, long outliers, SortedMap<String, long[]> overTime,
                     SortedMap<String, long[]> perGroup, List<Merges.Merge> merges) {
    public Topics {
        topics = List.copyOf(topics);
        overTime = Collections.unmodifiableSortedMap(overTime);
        perGroup = Collections.unmodifiableSortedMap(perGroup);
        merges = List.copyOf(merges);
    }

    /** Share of posts without a topic, 0..1. */
    public double outlierShare() {
        return posts == 0 ? 0 : (double) outliers / posts;
    }
}
