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

/** X API v2: a search response document and a JSON Lines stream of responses and bare tweets. */
class XApiV2ReaderTest {
    @Test
    void documentMapsTweetsAndJoinsIncludes() throws IOException {
        Samples.Read r = Samples.read("x-v2-search.json");
        assertEquals("x-v2", r.format());
        assertEquals(20, r.posts().size());
        Post p = r.byId("1790000000000000100");
        assertEquals(Platform.X, p.platform());
        assertEquals("Shipping the new release today! Changelog: https://t.co/AbC123xyz #opensource #java", p.text());
        assertEquals(new Author("1600000000000000001", "ada_lovelace_fan", "Ada Fan", 1520L), p.author());
        assertEquals(Instant.parse("2024-05-14T09:30:00Z"), p.createdAt());
        assertEquals(new Metrics(42L, 7L, 3L, 1L, 5230L), p.metrics());
        assertEquals(List.of("opensource", "java"), p.hashtags());
        assertEquals(List.of("https://github.com/example/starling/releases/tag/v0.4.0"), p.urls());
        assertEquals("en", p.language());
        assertNull(p.replyTo());
    }

    @Test
    void documentLinksRepliesQuotesAndRetweets() throws IOException {
        Samples.Read r = Samples.read("x-v2-search.json");
        Post reply = r.byId("1790000000000000101");
        assertEquals("1790000000000000100", reply.replyTo());
        assertEquals(List.of("ada_lovelace_fan"), reply.mentions());
        assertEquals(new Author("1600000000000000004", "devops_dan", "Dan 🚀", 412L), reply.author());
        assertEquals("1790000000000000103", r.byId("1790000000000000105").repostOf());
        Post quote = r.byId("1790000000000000106");
        assertEquals("1790000000000000100", quote.quoteOf());
        // X escapes & < > in text; the reader gives back what was typed
        assertEquals("This is exactly what I meant yesterday & nobody believed me >:( https://t.co/QqQ777", quote.text());
    }

    @Test
    void documentMapsMediaLanguagesAndLongPosts() throws IOException {
        Samples.Read r = Samples.read("x-v2-search.json");
        assertEquals(List.of(new Media("photo", "https://pbs.twimg.com/media/GNa1bCdXoAAe3Fq.jpg",
                "A cat asleep on a laptop keyboard")), r.byId("1790000000000000104").media());
        assertEquals(List.of(new Media("video",
                        "https://pbs.twimg.com/ext_tw_video_thumb/1790000000000000901/pu/img/thumb.jpg", null)),
                r.byId("1790000000000000107").media());
        // a gif plus a media key missing from includes: the unknown one is dropped
        assertEquals(List.of("gif"), r.byId("1790000000000000109").media().stream().map(Media::type).toList());
        Post zh = r.byId("1790000000000000102");
        assertEquals("zh", zh.language());
        assertEquals(List.of("东京", "雨"), zh.hashtags());
        assertEquals("Family day out 👨‍👩‍👧‍👦 at the coast, perfect weather", r.byId("1790000000000000104").text());
        assertNull(r.byId("1790000000000000112").language(), "X's 'und' means unknown");
        Post longPost = r.byId("1790000000000000108");
        assertTrue(longPost.text().length() > 280, "note_tweet holds the full text of a long post");
        assertTrue(longPost.text().endsWith("in one long post."));
    }

    @Test
    void documentSkipsMalformedElementsWithTheirLinesAndIndexes() throws IOException {
        Samples.Read r = Samples.read("x-v2-search.json");
        assertEquals(23, r.report().recordsRead());
        assertEquals(3, r.report().skippedCount());
        assertEquals(new Location(406, 12), r.skipAt(406).where());
        assertEquals(SkipKind.MISSING_FIELD, r.skipAt(406).kind());
        assertEquals(new Location(426, 13), r.skipAt(426).where());
        assertEquals(SkipKind.WRONG_TYPE, r.skipAt(426).kind());
        assertEquals(new Location(447, 14), r.skipAt(447).where());
        assertEquals(SkipKind.MALFORMED, r.skipAt(447).kind());
        // an unreadable timestamp costs the timestamp, not the post
        assertNull(r.byId("1790000000000000121").createdAt());
        assertTrue(r.report().warnings().stream().anyMatch(w -> w.message().contains("yesterday at noon")),
                r.report().warnings().toString());
    }

    @Test
    void jsonLinesOfResponsesAndTweets() throws IOException {
        Samples.Read r = Samples.read("x-v2-stream.jsonl");
        assertEquals("x-v2", r.format());
        assertEquals(22, r.posts().size());
        Post first = r.byId("1790000000000000300");
        assertEquals(new Author("1600000000000000005", "weatherbot_eu", "EU Weather Bot", 120000L), first.author());
        assertEquals(List.of("climate", "heatwave"), first.hashtags());
        assertEquals(new Metrics(120L, 80L, 5L, 2L, 50000L), first.metrics());
        assertEquals("1790000000000000300", r.byId("1790000000000000301").replyTo());
        // a bare tweet has no includes: the author is known by id only
        assertEquals(new Author("1600000000000000004", null, null, null), r.byId("1790000000000000303").author());
        // a whole response page on one line: every tweet, each joined with that page's users
        assertEquals("devops_dan", r.byId("1790000000000000312").author().handle());
        assertEquals(List.of("ops"), r.byId("1790000000000000312").hashtags());
        assertEquals("EU Weather Bot", r.byId("1790000000000000313").author().displayName());
    }

    @Test
    void jsonLinesKeepsEveryScriptAndReportsBadLines() throws IOException {
        Samples.Read r = Samples.read("x-v2-stream.jsonl");
        assertEquals("Caf\uFFFD prices are climbing again", r.byId("1790000000000000307").text());
        assertTrue(r.report().warnings().stream().anyMatch(w -> w.line() == 9 && w.message().contains("UTF-8")));
        assertEquals("שבת שלום לכולם! 🕯️", r.byId("1790000000000000308").text());
        assertEquals("🏳️‍🌈 Pride month starts today 👩‍💻🧑🏿‍🤝‍🧑🏻", r.byId("1790000000000000309").text());
        assertEquals("北京今天空气质量不错，适合出门跑步。", r.byId("1790000000000000310").text());
        assertEquals(26, r.report().recordsRead());
        assertEquals(SkipKind.MALFORMED, r.skipAt(6).kind());
        assertEquals(SkipKind.MISSING_FIELD, r.skipAt(7).kind());
        assertEquals(SkipKind.WRONG_TYPE, r.skipAt(8).kind());
        assertTrue(r.skipAt(8).detail().contains("like_count"), r.skipAt(8).detail());
        assertEquals(SkipKind.WRONG_TYPE, r.skipAt(14).kind());
        assertEquals(4, r.report().skippedCount());
    }
}
