package dev.starling.analysis.topics.quality;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Topic diversity (Dieng, Ruiz, Blei 2020; OCTIS {@code TopicDiversity}, topk = 25): the number of
 * distinct words among the first {@code top} words of every topic, over top × topics. 1 means no
 * two topics share a top word; values near 0 mean redundant topics.
 */
public final class TopicDiversity {
    private TopicDiversity() {
    }

    public static double score(List<List<String>> topics, int top) {
        Set<String> unique = new HashSet<>();
        int total = 0;
        for (List<String> t : topics) {
            List<String> head = t.subList(0, Math.min(top, t.size()));
            unique.addAll(head);
            total += top;
        }
        return total == 0 ? 0 : unique.size() / (double) total;
    }
}
