package dev.starling.analysis.engagement;

import dev.starling.analysis.posts.Post;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What engagement prediction needs of a post.
 *
 * @param author   the (pseudonymised) author id
 * @param time     when it was published
 * @param text     the (redacted) text
 * @param hashtags number of hashtags
 * @param urls     number of links
 * @param mentions number of @mentions
 * @param media    number of attachments
 * @param counts   per {@link EngagementTarget} ordinal: the count, or -1 when unknown
 */
public record EngagementPost(String author, Instant time, String text, int hashtags, int urls, int mentions, int media,
                             long[] counts) {
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\w&])#\\w+");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern MENTION = Pattern.compile("(?<!\\w)@\\w+");

    public EngagementPost {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(time, "time");
        text = text == null ? "" : text;
        if (counts.length != EngagementTarget.values().length) {
            throw new IllegalArgumentException("need " + EngagementTarget.values().length + " counts, got " + counts.length);
        }
    }

    /** From a post with a time (entities counted from the text where the source gave none); null without a time. */
    public static EngagementPost from(Post p) {
        if (p.createdAt() == null) {
            return null;
        }
        long[] counts = new long[EngagementTarget.values().length];
        for (EngagementTarget t : EngagementTarget.values()) {
            counts[t.ordinal()] = t.count(p.metrics());
        }
        String text = p.text();
        return new EngagementPost(p.author().id(), p.createdAt(), text,
                Math.max(p.hashtags().size(), matches(HASHTAG, text)), Math.max(p.urls().size(), matches(URL, text)),
                Math.max(p.mentions().size(), matches(MENTION, text)), p.media().size(), counts);
    }

    /** From raw fields, entities counted from the text. */
    public static EngagementPost of(String author, Instant time, String text, long replies, long reposts, long likes) {
        return new EngagementPost(author, time, text, matches(HASHTAG, text), matches(URL, text), matches(MENTION, text), 0,
                new long[]{replies, reposts, likes});
    }

    /** True when the count of {@code t} is known. */
    public boolean has(EngagementTarget t) {
        return counts[t.ordinal()] >= 0;
    }

    /** log1p of the count of {@code t} (NaN when unknown). */
    public double logCount(EngagementTarget t) {
        long c = counts[t.ordinal()];
        return c < 0 ? Double.NaN : Math.log1p(c);
    }

    /** True when every target's count is known. */
    public boolean complete() {
        for (long c : counts) {
            if (c < 0) {
                return false;
            }
        }
        return true;
    }

    private static int matches(Pattern p, String text) {
        int n = 0;
        Matcher m = p.matcher(text == null ? "" : text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
