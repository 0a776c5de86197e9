package dev.starling.store;

import dev.starling.analysis.posts.Author;
import dev.starling.analysis.posts.Metrics;
import dev.starling.analysis.posts.Platform;
import dev.starling.analysis.posts.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real DuckDB file: round trips, idempotent re-ingest, results, clear errors. */
class PostStoreTest {
    @TempDir
    Path dir;

    @Test
    void everyFieldRoundTrips() {
        Path db = dir.resolve("sub/starling.duckdb");
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            posts.add(GeneratedPosts.post(i));
        }
        String huge = "ü".repeat(1 << 20);
        posts.add(new Post("big", Platform.MASTODON, new Author("a1", null, null, null), null, huge, null, null, null, null,
                Metrics.none(), null, null, null, null));
        try (PostStore s = PostStore.open(db)) {
            s.beginRun("test");
            s.upsertPosts(posts);
            s.finishRun();
        }
        try (PostStore s = PostStore.open(db)) {
            for (Post p : posts) {
                assertEquals(p, s.post(p.platform(), p.id()).orElseThrow(), "post " + p.id());
            }
            assertEquals(posts.size(), s.count());
        }
    }

    @Test
    void reingestingDuplicatesNothingAndUpdatesMetrics() {
        Path db = dir.resolve("re.duckdb");
        try (PostStore s = PostStore.open(db)) {
            GeneratedPosts.ingest(s, 0, 5000, 1000, null);
            long authors = s.authorsCount();
            GeneratedPosts.ingest(s, 0, 5000, 700, null);
            assertEquals(5000, s.count());
            assertEquals(authors, s.authorsCount());
            assertEquals(997 + 997, authors, "authors are per platform: 997 ids on each of two platforms");
            Post p = GeneratedPosts.post(7);
            Post changed = new Post(p.id(), p.platform(), p.author(), p.createdAt(), p.text(), p.language(), p.replyTo(), p.quoteOf(),
                    p.repostOf(), new Metrics(999L, 1L, 2L, 3L, 4L), p.hashtags(), p.mentions(), p.urls(), p.media());
            s.upsertPosts(List.of(changed));
            assertEquals(5000, s.count());
            assertEquals(999L, s.post(p.platform(), p.id()).orElseThrow().metrics().likes());
            assertEquals(List.of("2"), s.column("SELECT count(*) FROM ingest_runs WHERE finished_at IS NOT NULL"));
        }
    }

    @Test
    void resultsAreKeyedByModelVersion() {
        try (PostStore s = PostStore.open(dir.resolve("r.duckdb"))) {
            TaskResult a = new TaskResult(Platform.X, "p1", "sentiment", "m@1", "positive", Map.of("positive", 0.9, "negative", 0.1));
            s.putResults(List.of(a, new TaskResult(Platform.X, "p1", "sentiment", "m@2", "negative", Map.of("negative", 0.7))));
            s.putResults(List.of(a));
            assertEquals(2, s.resultsCount());
            assertEquals(List.of("negative", "positive"), s.column("SELECT label FROM results ORDER BY model_version DESC"));
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedClearly() throws IOException {
        Path notDb = dir.resolve("notes.duckdb");
        Files.writeString(notDb, "these are my notes, not a database\n");
        StoreException e = assertThrows(StoreException.class, () -> PostStore.open(notDb));
        assertTrue(e.getMessage().contains("is not a DuckDB database"), e.getMessage());
        assertEquals("these are my notes, not a database\n", Files.readString(notDb), "the file is left untouched");
    }

    @Test
    void aDatabaseLockedByAnotherProcessIsReportedClearly() throws Exception {
        Path db = dir.resolve("locked.duckdb");
        Process holder = ChildJvm.start(IngestMain.class, db.toString(), "2000000", "1000", "50");
        try {
            ChildJvm.awaitLine(holder, "committed", 60);
            StoreException e = assertThrows(StoreException.class, () -> PostStore.open(db));
            assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }
}
