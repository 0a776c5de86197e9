package dev.starling.analysis.readers;

import dev.starling.analysis.posts.Author;
import dev.starling.analysis.posts.Media;
import dev.starling.analysis.posts.Metrics;
import dev.starling.analysis.posts.Platform;
import dev.starling.analysis.posts.Post;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Reddit: Pushshift JSON Lines and an API comments page with nested replies. */
class RedditReaderTest {
    @Test
    void pushshiftSubmissionsAndComments() throws IOException {
        Samples.Read r = Samples.read("reddit-pushshift.jsonl");
        assertEquals("reddit", r.format());
        assertEquals(24, r.posts().size());
        Post sub = r.byId("17xq2a1");
        assertEquals(Platform.REDDIT, sub.platform());
        assertEquals("[D] How do you evaluate topic models on short texts?\n\n"
                + "We tried coherence scores but they seem unreliable for tweets & other short posts. Any advice?", sub.text());
        assertEquals(new Author("t2_topic_x1", "topic_curious", null, null), sub.author());
        assertEquals(Instant.ofEpochSecond(1699900000), sub.createdAt());
        assertEquals(new Metrics(154L, null, 37L, null, null), sub.metrics());
        assertEquals(List.of(), sub.urls(), "a self post's url is its own permalink");
        Post comment = r.byId("k9z0a02");
        assertEquals("k9z0a01", comment.replyTo(), "t1_ prefix removed");
        assertEquals(Instant.ofEpochSecond(1699901200), comment.createdAt(), "float seconds");
        assertEquals("17xq2a1", r.byId("k9z0a01").replyTo(), "t3_ prefix removed");
        Post link = r.byId("17xq2b2");
        assertEquals(Instant.ofEpochSecond(1699910000), link.createdAt(), "seconds as a string");
        assertEquals(List.of("https://arxiv.org/abs/2311.01234"), link.urls());
        assertEquals("New paper on multilingual sentiment", link.text());
        assertEquals(List.of(new Media("photo", "https://i.redd.it/abcd1234efgh.png", null)), r.byId("17xq2c3").media());
        assertEquals("Removed post keeps its title", r.byId("17xq2e5").text());
        assertEquals("这个方法在中文短文本上效果也不错。", r.byId("k9z0a06").text());
        assertEquals("Solid advice > hype", r.byId("k9z0b30").text());
    }

    @Test
    void pushshiftSkipsDeletedAndBrokenRecords() throws IOException {
        Samples.Read r = Samples.read("reddit-pushshift.jsonl");
        assertEquals(30, r.report().recordsRead());
        assertEquals(3, r.report().skipped(SkipKind.DELETED));
        assertEquals(SkipKind.DELETED, r.skipAt(4).kind());
        assertEquals(SkipKind.DELETED, r.skipAt(5).kind());
        assertEquals(SkipKind.MALFORMED, r.skipAt(8).kind());
        assertEquals(SkipKind.MISSING_FIELD, r.skipAt(12).kind());
        assertEquals(SkipKind.WRONG_TYPE, r.skipAt(13).kind());
        assertEquals(SkipKind.DELETED, r.skipAt(14).kind());
        assertEquals(6, r.report().skippedCount());
    }

    @Test
    void listingWalksNestedRepliesInOrder() throws IOException {
        Samples.Read r = Samples.read("reddit-listing.json");
        assertEquals("reddit", r.format());
        assertEquals(List.of("1b2c3d4", "kx00001", "kx00002", "kx00003", "kx00005", "kx00006", "kx00007"),
                r.posts().stream().map(Post::id).toList());
        Post sub = r.byId("1b2c3d4");
        assertEquals(new Metrics(342L, null, 9L, null, null), sub.metrics());
        assertEquals(Instant.ofEpochSecond(1710000000), sub.createdAt());
        assertEquals("kx00002", r.byId("kx00003").replyTo());
        // the reply to a deleted comment is kept; the deleted one and the "more" stub are skipped
        assertEquals("kx00004", r.byId("kx00005").replyTo());
        assertEquals(1, r.report().skipped(SkipKind.DELETED));
        assertEquals(1, r.report().skipped(SkipKind.UNSUPPORTED));
        assertEquals(9, r.report().recordsRead());
        assertNull(r.byId("kx00006").language());
    }
}
