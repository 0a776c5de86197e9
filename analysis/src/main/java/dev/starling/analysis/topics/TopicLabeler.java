package dev.starling.analysis.topics;

import java.util.List;

/**
 * Stage 6 (optional): a short human label for a topic. The default joins the first keywords;
 * a text generator, when one is available, can be plugged in here instead.
 */
public interface TopicLabeler {
    /**
     * @param keywords       the topic's keywords, best first
     * @param representative a few of its most central posts' texts (already privacy-protected)
     */
    String label(List<Keyword> keywords, List<String> representative);

    /** The first three keywords joined with " · ". */
    static TopicLabeler keywords() {
        return (keywords, representative) -> String.join(" · ",
                keywords.stream().limit(3).map(Keyword::term).toList());
    }
}
