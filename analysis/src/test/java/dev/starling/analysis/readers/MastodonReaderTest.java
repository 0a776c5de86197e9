package dev.starling.analysis.readers;

import dev.starling.analysis.posts.Author;
import dev.starling.analysis.posts.Media;
import dev.starling.analysis.posts.Metrics;
import dev.starling.analysis.posts.Platform;
import dev.starling.analysis.posts.Post;
import dev.starling.analysis.readers.mastodon.HtmlText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Mastodon statuses: HTML content, accounts, boosts, content warnings, attachments. */
class MastodonReaderTest {
    @Test
    void mapsStatusFieldsAndHtml() throws IOException {
        Samples.Read r = Samples.read("mastodon-statuses.json");
        assertEquals("mastodon", r.format());
        assertEquals(20, r.posts().size());
        Post p = r.byId("112000000000000001");
        assertEquals(Platform.MASTODON, p.platform());
        assertEquals("Good morning, fediverse! Today I'm rewriting our parser & its tests. #java #parsing", p.text());
        assertEquals(new Author("109384756100000001", "alice", "Alice ☕", 845L), p.author());
        assertEquals(Instant.parse("2024-03-01T07:30:00Z"), p.createdAt());
        assertEquals(new Metrics(12L, 3L, 2L, null, null), p.metrics());
        assertEquals(List.of("java", "parsing"), p.hashtags());
        assertEquals(List.of(), p.urls(), "hashtag links are not URLs");
        Post reply = r.byId("112000000000000002");
        assertEquals("112000000000000001", reply.replyTo());
        assertEquals(List.of("alice"), reply.mentions());
        assertEquals("@alice good luck! Remember the edge cases.", reply.text());
        assertEquals(new Author("109384756100000002", "bob@mastodon.example", null, 77L), reply.author());
        assertEquals(Instant.parse("2024-03-01T07:45:10.123Z"), reply.createdAt());
    }

    @Test
    void breaksParagraphsAndKeepsWholeLinks() throws IOException {
        Post p = Samples.read("mastodon-statuses.json").byId("112000000000000003");
        assertEquals("Line one\nLine two\nLine three\n\nSecond paragraph with a link: "
                + "https://example.com/articles/streaming-json-parsers", p.text());
        assertEquals(List.of("https://example.com/articles/streaming-json-parsers"), p.urls());
    }

    @Test
    void boostsWarningsMediaAndScripts() throws IOException {
        Samples.Read r = Samples.read("mastodon-statuses.json");
        Post boost = r.byId("112000000000000007");
        assertEquals("112000000000000004", boost.repostOf());
        assertEquals("今日は桜がきれいでした🌸 #花見", boost.text(), "a boost shows the boosted text");
        assertEquals(List.of("花見"), boost.hashtags());
        assertEquals("bob@mastodon.example", boost.author().handle(), "the booster is the author");
        assertEquals("ja", boost.language());
        assertEquals("TV show finale\n\nSpoilers for the finale below", r.byId("112000000000000006").text());
        assertEquals(List.of(new Media("photo",
                "https://files.fosstodon.example/media_attachments/files/112/000/original/cat.jpg",
                "A grey cat sitting in a cardboard box")), r.byId("112000000000000005").media());
        assertEquals(List.of(new Media("gif",
                "https://files.fosstodon.example/media_attachments/files/112/001/original/dance.mp4", null)),
                r.byId("112000000000000008").media());
        assertEquals("👩‍👩‍👧 family weekend, back on Monday", r.byId("112000000000000010").text());
        assertEquals("مرحبا من الفيديفرس <3", r.byId("112000000000000011").text());
        assertEquals("北京和东京的天气都很好。", r.byId("112000000000000009").text());
        assertNull(r.byId("112000000000000009").quoteOf());
    }

    @Test
    void skipsBrokenStatusesByElement() throws IOException {
        Samples.Read r = Samples.read("mastodon-statuses.json");
        assertEquals(24, r.report().recordsRead());
        assertEquals(new Location(514, 11), r.skipAt(514).where());
        assertEquals(SkipKind.MISSING_FIELD, r.skipAt(514).kind());
        assertEquals(SkipKind.WRONG_TYPE, r.skipAt(552).kind());
        assertEquals(SkipKind.MISSING_FIELD, r.skipAt(591).kind());
        assertEquals(new Location(629, 14), r.skipAt(629).where());
        assertEquals(SkipKind.MALFORMED, r.skipAt(629).kind());
        assertEquals("Signing off", r.byId("112000000000000023").text());
    }

    @Test
    void htmlTextDecodesEntitiesAndIgnoresUnknownTags() {
        HtmlText.Rendered t = HtmlText.render("<p>a &lt;b&gt; &amp;amp; &#x1F600; &unknown; <em>x</em></p><p>2 &lt 3</p>");
        assertEquals("a <b> &amp; 😀 &unknown; x\n\n2 &lt 3", t.text());
        assertEquals(List.of(), t.links());
    }
}
