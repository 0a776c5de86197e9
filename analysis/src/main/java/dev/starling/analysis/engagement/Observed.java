package dev.starling.analysis.engagement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A post together with what was known of its author just before it.
 *
 * @param post   the post
 * @param before its author's state, built from strictly earlier posts only
 */
public record Observed(EngagementPost post, AuthorHistory.State before) {
    /**
     * Walks {@code posts} in time order (stable for equal times) through a fresh {@link AuthorHistory}:
     * each post sees only earlier ones, then joins its author's history.
     */
    public static List<Observed> walk(List<EngagementPost> posts) {
        List<EngagementPost> sorted = new ArrayList<>(posts);
        sorted.sort(Comparator.comparing(EngagementPost::time));
        AuthorHistory history = new AuthorHistory();
        List<Observed> out = new ArrayList<>(sorted.size());
        for (EngagementPost p : sorted) {
            out.add(new Observed(p, history.before(p)));
            history.record(p);
        }
        return out;
    }
}
