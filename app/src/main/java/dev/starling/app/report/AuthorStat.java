package dev.starling.app.report;

import java.util.Objects;

/**
 * One of the most active authors.
 *
 * @param handle the author's handle as the report may show it (pseudonymised when privacy is on)
 * @param posts  posts by this author
 * @param likes  likes summed over those posts
 */
public record AuthorStat(String handle, long posts, long likes) {
    public AuthorStat {
        Objects.requireNonNull(handle, "handle");
    }
}
