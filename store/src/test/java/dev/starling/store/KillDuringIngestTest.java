package dev.starling.store;

import dev.starling.analysis.posts.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kill -9} during a 50,000-post ingest into the real database file, then a re-run: the
 * killed database opens, holds whole batches only, every stored post is complete; the re-run
 * leaves exactly the 50,000 posts, each equal to what was ingested.
 */
class KillDuringIngestTest {
    static final int POSTS = 50_000;
    static final int BATCH = 1_000;

    @TempDir
    Path dir;

    @Test
    void killedIngestLeavesWholeBatchesAndARerunCompletesIt() throws Exception {
        Path db = dir.resolve("killed.duckdb");
        Process child = ChildJvm.start(IngestMain.class, db.toString(), String.valueOf(POSTS), String.valueOf(BATCH), "50");
        ChildJvm.awaitLine(child, "committed " + (5 * BATCH), 120);
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close()
        int exit = child.waitFor();
        assertEquals(137, exit, "the child was killed by SIGKILL");

        try (PostStore s = PostStore.open(db)) {
            long n = s.count();
            assertTrue(n >= 5 * BATCH && n < POSTS, "killed mid-way: " + n);
            assertEquals(0, n % BATCH, "only whole batches are stored: " + n);
            assertEquals(List.of("1"), s.column("SELECT count(*) FROM ingest_runs WHERE finished_at IS NULL"),
                    "the interrupted run is visible");
            assertStoredPostsAreComplete(s);
            GeneratedPosts.ingest(s, 0, POSTS, BATCH, null);
        }
        try (PostStore s = PostStore.open(db)) {
            assertEquals(POSTS, s.count());
            assertEquals(List.of(String.valueOf(POSTS)), s.column("SELECT count(DISTINCT (platform, id)) FROM posts"));
            assertStoredPostsAreComplete(s);
        }
    }

    private static void assertStoredPostsAreComplete(PostStore s) {
        List<Post> stored = s.posts();
        assertFalse(stored.isEmpty());
        for (Post p : stored) {
            int i = Integer.parseInt(p.id().substring(1));
            assertEquals(GeneratedPosts.post(i), p, "post " + p.id());
        }
    }
}
