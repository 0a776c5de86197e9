package dev.starling.analysis.readers;

import java.util.List;
import java.util.Locale;

/**
 * A post field that a CSV/TSV column can fill, with the header names guessed when no column is
 * named for it (first match wins, compared case-insensitively with spaces and dashes as '_').
 */
public enum CsvField {
    ID("id", "post_id", "tweet_id", "id_str", "status_id"),
    TEXT("text", "content", "body", "tweet", "full_text", "message", "post", "post_text"),
    AUTHOR("author", "user", "username", "screen_name", "user_name", "handle", "user_screen_name", "author_handle"),
    AUTHOR_ID("author_id", "user_id", "author_fullname"),
    TIME("created_at", "date", "timestamp", "time", "datetime", "created_utc", "created", "published_at"),
    LANGUAGE("lang", "language"),
    LIKES("likes", "like_count", "favorite_count", "favourites_count", "favorites", "score"),
    REPOSTS("retweets", "retweet_count", "reposts", "repost_count", "shares", "reblogs_count"),
    REPLIES("replies", "reply_count", "num_comments", "comments"),
    QUOTES("quotes", "quote_count"),
    VIEWS("views", "impression_count", "impressions", "view_count"),
    REPLY_TO("in_reply_to", "reply_to", "in_reply_to_status_id", "in_reply_to_id", "parent_id");

    private final List<String> guesses;

    CsvField(String... guesses) {
        this.guesses = List.of(guesses);
    }

    /** Header names tried, in order, when no column is named for this field. */
    public List<String> guesses() {
        return guesses;
    }

    /** The flag-friendly name, e.g. {@code "reply-to"} for {@link #REPLY_TO}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The field for a flag-friendly name ({@code "text"}, {@code "author-id"} …). */
    public static CsvField fromId(String id) {
        for (CsvField f : values()) {
            if (f.id().equals(id.trim().toLowerCase(Locale.ROOT).replace('_', '-'))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown CSV field '" + id + "'; known: " + List.of(values()).stream()
                .map(CsvField::id).toList());
    }

    /** How header names are compared: lower case, spaces and dashes as '_'. */
    public static String normalise(String header) {
        return header.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
