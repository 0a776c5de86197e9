package dev.starling.analysis.trends;

import dev.starling.analysis.posts.Author;
import dev.starling.analysis.posts.Metrics;
import dev.starling.analysis.posts.Platform;
import dev.starling.analysis.posts.Post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Synthetic posts for the trends and influence tests. */
public final class Posts {
    private Posts() {
    }

    public static Post post(String id, String author, LocalDate day, String text, List<String> tags, long likes) {
        return post(id, author, day.atTime(12, 0).toInstant(ZoneOffset.UTC), text, tags, likes);
    }

    public static Post post(String id, String author, Instant at, String text, List<String> tags, long likes) {
        return new Post(id, Platform.X, new Author(author, author, null, null), at, text, "en", null, null, null,
                new Metrics(likes, 0L, 0L, 0L, null), tags, List.of(), List.of(), List.of());
    }
}
