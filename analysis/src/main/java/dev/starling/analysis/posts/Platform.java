package dev.starling.analysis.posts;

import java.util.Locale;

/** Where a post was published. {@link #id()} is the stable lower-case name stored with the post. */
public enum Platform {
    X, REDDIT, MASTODON, BLUESKY, CSV, TEXT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Platform fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
