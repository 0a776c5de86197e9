package dev.starling.app.report;

import java.util.Objects;

/**
 * A hashtag and how many posts carry it.
 *
 * @param tag   the hashtag without '#'
 * @param count posts carrying it
 */
public record TagCount(String tag, long count) {
    public TagCount {
        Objects.requireNonNull(tag, "tag");
    }
}
