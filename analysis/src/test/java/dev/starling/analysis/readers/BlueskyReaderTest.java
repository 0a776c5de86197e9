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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bluesky: a getAuthorFeed-style document and JSON Lines of Jetstream events and bare records. */
class BlueskyReaderTest {
    @Test
    void feedPostViews() throws IOException {
        Samples.Read r = Samples.read("bluesky-feed.json");
        assertEquals("bluesky", r.format());
        assertEquals(15, r.posts().size());
        Post p = r.byId("3kq2a7bcd2k2a");
        assertEquals(Platform.BLUESKY, p.platform());
        assertEquals("Hello Bluesky! Trying out the new #ATproto client today", p.text());
        assertEquals(new Author("did:plc:4a7rk2yq5v3l6mzq2xwqk7ab", "amy.bsky.social", "Amy 🦋", null), p.author());
        assertEquals(Instant.parse("2024-04-02T08:00:00Z"), p.createdAt());
        assertEquals(new Metrics(21L, 3L, 2L, 1L, null), p.metrics());
        assertEquals(List.of("ATproto"), p.hashtags());
        assertEquals("en", p.language());
    }

    @Test
    void facetsAreUtf8ByteRanges() throws IOException {
        Samples.Read r = Samples.read("bluesky-feed.json");
        // an emoji ZWJ sequence (18 UTF-8 bytes, 6 UTF-16 chars) precedes the mention
        Post p = r.byId("3kq2a7bcd2k2b");
        assertEquals(List.of("jun.example.com"), p.mentions());
        assertEquals(List.of("https://example.com/launch/2024-spring-release"), p.urls());
        Post multi = r.byId("3kq2a7bcd2k2k");
        assertEquals(List.of("noor.bsky.social", "amy.bsky.social"), multi.mentions());
        assertEquals(List.of("atmosphereconf"), multi.hashtags());
        Post zh = r.byId("3kq2a7bcd2k2c");
        assertEquals(List.of("开源"), zh.hashtags());
        assertEquals("zh", zh.language());
        assertEquals("3kq2a7bcd2k2b", zh.replyTo());
        // a facet past the end of the text is ignored with a warning; the post stays
        assertEquals(List.of(), r.byId("3kq2a7bcd2k2l").mentions());
        assertTrue(r.report().warnings().stream().anyMatch(w -> w.message().contains("mention facet")));
    }

    @Test
    void embedsGiveQuotesMediaAndLinks() throws IOException {
        Samples.Read r = Samples.read("bluesky-feed.json");
        assertEquals(List.of(new Media("photo",
                "https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:nr8q2m4k6v2x3z5q7w9e1t3y/bafkreiharbour1@jpeg",
                "Harbour at sunset seen from a ferry")), r.byId("3kq2a7bcd2k2d").media());
        assertNull(r.byId("3kq2a7bcd2k2d").author().displayName(), "an empty display name is no name");
        assertEquals("3kq2a7bcd2k2a", r.byId("3kq2a7bcd2k2e").quoteOf());
        Post ext = r.byId("3kq2a7bcd2k2f");
        assertEquals(List.of("https://atproto.example/guides/identity"), ext.urls());
        assertEquals(List.of(new Media("link", "https://atproto.example/guides/identity", "Identity in the AT Protocol")),
                ext.media());
        assertEquals(List.of("bluesky", "moderation"), r.byId("3kq2a7bcd2k2h").hashtags(), "facet tags, then outline tags");
        assertEquals("صباح الخير من القاهرة ☀️", r.byId("3kq2a7bcd2k2g").text());
    }

    @Test
    void feedSkipsBrokenRecordsByElement() throws IOException {
        Samples.Read r = Samples.read("bluesky-feed.json");
        assertEquals(17, r.report().recordsRead());
        List<Skip> skips = r.skips();
        assertEquals(2, skips.size());
        assertEquals(8, skips.get(0).where().element());
        assertEquals(SkipKind.MISSING_FIELD, skips.get(0).kind());
        assertEquals(9, skips.get(1).where().element());
        assertEquals(SkipKind.WRONG_TYPE, skips.get(1).kind());
        assertTrue(skips.get(0).where().line() > 1 && skips.get(1).where().line() > skips.get(0).where().line(),
                "each element keeps its own line: " + skips);
    }

    @Test
    void jetstreamEventsAndBareRecords() throws IOException {
        Samples.Read r = Samples.read("bluesky-jetstream.jsonl");
        assertEquals("bluesky", r.format());
        assertEquals(11, r.posts().size());
        Post p = r.byId("3l3qo2vutsw2b");
        assertEquals(new Author("did:plc:4a7rk2yq5v3l6mzq2xwqk7ab", null, null, null), p.author());
        assertEquals(List.of("firehose"), p.hashtags());
        assertEquals(Instant.parse("2024-09-09T19:46:02.102Z"), p.createdAt());
        Post quote = r.byId("3l3qo2vutsw2c");
        assertEquals("3kq2a7bcd2k2d", quote.quoteOf());
        assertEquals(List.of(new Media("photo", null, "screenshot of a diff")), quote.media());
        Post bare = r.byId("line-6");
        assertEquals("A bare record with no URI, e.g. from a CAR export", bare.text());
        assertEquals("en", bare.language());
        assertEquals("did:plc:nr8q2m4k6v2x3z5q7w9e1t3y", r.byId("3l3qo2vutsw2f").author().id());
        assertEquals("🇺🇦 Слава Україні! Добрий вечір", r.byId("3l3qo2vutsw2g").text());
        assertEquals(List.of("jun.example.com"), r.byId("3l3qo2vutsw2h").mentions());
        assertEquals(SkipKind.UNSUPPORTED, r.skipAt(3).kind());
        assertEquals(SkipKind.UNSUPPORTED, r.skipAt(4).kind());
        assertEquals(SkipKind.UNSUPPORTED, r.skipAt(5).kind());
        assertEquals(SkipKind.MALFORMED, r.skipAt(8).kind());
        assertEquals(15, r.report().recordsRead());
    }
}
