package dev.starling.store;

import dev.starling.analysis.posts.Author;
import dev.starling.analysis.posts.Media;
import dev.starling.analysis.posts.Metrics;
import dev.starling.analysis.posts.Platform;
import dev.starling.analysis.posts.Post;

import java.time.Instant;
import java.util.List;

/** Deterministic posts for storage tests: post {@code i} is always the same. */
final class GeneratedPosts {
    private GeneratedPosts() {
    }

    static Post post(int i) {
        Platform platform = i % 3 == 0 ? Platform.REDDIT : Platform.X;
        int u = i % 997;
        Author a = new Author("u" + u, "user_" + u, "User " + u + " 🐦", u % 5 == 0 ? null : (long) u * 7);
        Metrics m = new Metrics((long) i % 100, i % 4 == 0 ? null : (long) i % 13, 1L, 0L, (long) i * 10);
        return new Post("p" + i, platform, a, Instant.ofEpochSecond(1_760_000_000L + i * 60L), "post " + i + " — café 👩‍👩‍👧 #tag" + (i % 50),
                i % 7 == 0 ? "zh" : "en", i % 11 == 0 ? "p" + (i - 1) : null, null, null, m,
                List.of("tag" + (i % 50)), i % 2 == 0 ? List.of("user_" + ((i + 1) % 997)) : List.of(),
                List.of("https://example.com/" + i), i % 9 == 0 ? List.of(new Media("photo", "https://img.example/" + i, "alt " + i)) : List.of());
    }

    /** Ingests posts {@code [from, to)} in transactions of {@code batch}, printing the count after each commit. */
    static void ingest(PostStore store, int from, int to, int batch, java.io.PrintStream progress) {
        ingest(store, from, to, batch, progress, 0);
    }

    /** As above, pausing {@code pauseMillis} after each commit (so a killer reliably lands mid-run). */
    static void ingest(PostStore store, int from, int to, int batch, java.io.PrintStream progress, long pauseMillis) {
        store.beginRun("generated");
        for (int start = from; start < to; start += batch) {
            List<Post> posts = new java.util.ArrayList<>();
            for (int i = start; i < Math.min(to, start + batch); i++) {
                posts.add(post(i));
            }
            store.upsertPosts(posts);
            if (progress != null) {
                progress.println("committed " + Math.min(to, start + batch));
                progress.flush();
            }
            if (pauseMillis > 0) {
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        store.finishRun();
    }
}
