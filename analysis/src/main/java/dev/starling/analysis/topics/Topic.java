package dev.starling.analysis.topics;

import java.util.List;

/**
 * One topic of a run.
 *
 * @param id              0-based, in order of the clusters' first appearance in the sample
 * @param size            posts assigned to it
 * @param keywords        best first: the {@link KeywordSelector}'s choice among the best c-TF-IDF terms,
 *                        each with its c-TF-IDF weight (so weights need not decrease down the list)
 * @param label           a short name ({@link TopicLabeler})
 * @param representatives the posts nearest to its centroid, nearest first (protected text)
 * @param x               first coordinate of its centroid in the reduced space (for a map)
 * @param y               second coordinate
 */
public record Topic(int id, long size, List<Keyword> keywords, String label, List<String> representatives,
                    double x, double y) {
    public Topic {
        keywords = List.copyOf(keywords);
        representatives = List.copyOf(representatives);
    }

    /** The first {@code n} keyword terms. */
    public List<String> words(int n) {
        return keywords.stream().limit(n).map(Keyword::term).toList();
    }
}
