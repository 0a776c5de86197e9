package dev.starling.analysis.readers;

import dev.starling.analysis.posts.Post;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Large inputs stream: they are generated on demand (never held whole, here or in the reader), the
 * first post arrives after a bounded amount of input, and all posts are counted.
 */
// The timeouts catch a reader that hangs or goes quadratic (minutes), not speed: a busy CI machine
// may take tens of seconds for 200k posts, so they are generous. Speed is measured in BENCHMARKS.md.
class StreamingTest {
    private static final int POSTS = 200_000;
    /** Buffers along the way (gzip sniff, decoder, characters, look-ahead) are far below this. */
    private static final long FIRST_POST_BYTES = 1 << 20;

    @Test
    void archiveOf200kTweetsStreams() {
        AtomicLong delivered = new AtomicLong();
        ByteSource archive = GeneratedInput.source("window.YTD.tweets.part0 = [\n", ",\n", "\n]\n", POSTS,
                i -> "{\"tweet\" : {\n  \"id_str\" : \"" + i + "\",\n  \"full_text\" : \"post number " + i
                        + " #load\",\n  \"created_at\" : \"Wed Oct 10 20:19:24 +0000 2018\",\n  \"favorite_count\" : \""
                        + (i % 50) + "\"\n}}",
                delivered);
        assertTimeout(Duration.ofSeconds(120), () -> countAll(archive, "x-archive", delivered, POSTS - 1 + ""));
    }

    @Test
    void jsonLinesOf200kTweetsStream() {
        AtomicLong delivered = new AtomicLong();
        ByteSource lines = GeneratedInput.source("", "\n", "\n", POSTS,
                i -> "{\"id\":\"" + i + "\",\"text\":\"line " + i + "\",\"author_id\":\"" + (i % 97)
                        + "\",\"created_at\":\"2024-05-14T09:30:00.000Z\",\"public_metrics\":{\"like_count\":" + i + "}}",
                delivered);
        assertTimeout(Duration.ofSeconds(120), () -> countAll(lines, "x-v2", delivered, POSTS - 1 + ""));
    }

    /**
     * A minified X v2 document larger than the whole-parse limit, with its includes after the data:
     * streamed tweet by tweet after a first pass for the includes, so authors are still joined.
     */
    @Test
    void largeXDocumentIsWalkedAndStillJoined() {
        int tweets = 60_000;
        AtomicLong delivered = new AtomicLong();
        StringBuilder users = new StringBuilder();
        for (int u = 0; u < 100; u++) {
            users.append(u == 0 ? "" : ",").append("{\"id\":\"").append(u).append("\",\"username\":\"user")
                    .append(u).append("\",\"name\":\"User ").append(u).append("\"}");
        }
        ByteSource doc = GeneratedInput.source("{\"data\":[", ",", "],\"includes\":{\"users\":[" + users + "]},\"meta\":{}}",
                tweets, i -> "{\"id\":\"" + i + "\",\"text\":\"tweet " + i + " with some padding to make it longer\","
                        + "\"author_id\":\"" + (i % 100) + "\",\"edit_history_tweet_ids\":[\"" + i + "\"]}",
                delivered);
        assertTimeout(Duration.ofSeconds(120), () -> {
            try (PostStream s = PostReaders.open(doc, ReadOptions.defaults())) {
                assertEquals("x-v2", s.format());
                Post first = s.next();
                assertEquals("user0", first.author().handle(), "joined from includes that come after the data");
                long atFirst = delivered.get();
                long n = 1;
                Post last = first;
                while (s.hasNext()) {
                    last = s.next();
                    n++;
                }
                assertEquals(tweets, n);
                assertEquals("user99", last.author().handle());
                // deciding that the document is too large to parse whole looks ahead 4M characters, no more
                assertTrue(atFirst < (5L << 20) && delivered.get() > (7L << 20),
                        "first post after " + atFirst + " of " + delivered.get() + " bytes");
                assertEquals(0, s.report().skippedCount());
            }
        });
    }

    private static void countAll(ByteSource source, String format, AtomicLong delivered, String lastId) throws IOException {
        try (PostStream s = PostReaders.open(source, ReadOptions.defaults())) {
            assertEquals(format, s.format());
            assertTrue(s.hasNext());
            assertTrue(delivered.get() < FIRST_POST_BYTES, "first post after " + delivered.get() + " bytes");
            long n = 0;
            Post last = null;
            while (s.hasNext()) {
                last = s.next();
                n++;
            }
            assertEquals(POSTS, n);
            assertEquals(lastId, last.id());
            assertEquals(POSTS, s.report().recordsRead());
            assertTrue(delivered.get() > 20L * POSTS, "everything was read: " + delivered.get());
        }
    }
}
