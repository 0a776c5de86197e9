package dev.starling.analysis.influence;

import dev.starling.analysis.posts.Author;
import dev.starling.analysis.posts.Metrics;

import java.util.Locale;

/** How posts name accounts and engagement, the same way for trends and influence. */
public final class Accounts {
    private Accounts() {
    }

    /**
     * The node an author is: the (pseudonymised) handle when the source gives one, else the
     * (pseudonymised) id. Handles, not ids, because mentions name handles: the privacy layer turns
     * the same handle into the same pseudonym wherever it appears.
     */
    public static String key(Author a) {
        String h = a.handle();
        return h != null && !h.isBlank() ? h.toLowerCase(Locale.ROOT) : a.id().toLowerCase(Locale.ROOT);
    }

    /** A mentioned handle as a node key. */
    public static String mentionKey(String handle) {
        String h = handle.startsWith("@") ? handle.substring(1) : handle;
        return h.toLowerCase(Locale.ROOT);
    }

    /** Engagement: likes + reposts + replies + quotes, unknown counts as 0. */
    public static long engagement(Metrics m) {
        return n(m.likes()) + n(m.reposts()) + n(m.replies()) + n(m.quotes());
    }

    static long n(Long v) {
        return v == null ? 0 : Math.max(0, v);
    }
}
