package dev.starling.analysis.trends;

import java.util.Objects;

/**
 * What a time series counts: posts carrying a hashtag, or posts using a term.
 *
 * @param kind the kind of key
 * @param name the key, lower-cased (a hashtag without '#')
 */
public record SeriesKey(Kind kind, String name) {
    /** The kinds of series; {@link #label} is how a key is shown. */
    public enum Kind {
        HASHTAG("#"), TERM("");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    public SeriesKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    public static SeriesKey hashtag(String tag) {
        return new SeriesKey(Kind.HASHTAG, tag);
    }

    public static SeriesKey term(String term) {
        return new SeriesKey(Kind.TERM, term);
    }

    /** As shown: {@code #heatwave} or {@code recall}. */
    public String label() {
        return kind.prefix + name;
    }
}
