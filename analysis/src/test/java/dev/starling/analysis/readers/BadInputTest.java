package dev.starling.analysis.readers;

import dev.starling.analysis.posts.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Huge posts, floods of bad records, broken and truncated documents, minified single-line documents. */
class BadInputTest {
    /** About a megabyte of mixed one-, two-, three- and four-byte UTF-8 characters. */
    private static final String HUGE = "añ中😀 \"quoted\" ".repeat(75_000);

    @TempDir
    Path dir;

    @Test
    void aMegabytePostInJsonLines() throws IOException {
        String json = HUGE.replace("\"", "\\\"");
        Path f = write("huge.jsonl", "{\"id\":\"1\",\"text\":\"small\",\"author_id\":\"9\"}\n"
                + "{\"id\":\"2\",\"text\":\"" + json + "\",\"author_id\":\"9\"}\n"
                + "{\"id\":\"3\",\"text\":\"after\",\"author_id\":\"9\"}\n");
        Samples.Read r = Samples.read(f, ReadOptions.defaults());
        assertEquals(HUGE, r.byId("2").text());
        assertEquals("after", r.byId("3").text());
    }

    @Test
    void aMegabytePostFirstInJsonLinesIsStillRead() throws IOException {
        // a first line longer than the layout look-ahead is streamed as concatenated values
        String json = HUGE.replace("\"", "\\\"");
        Path f = write("huge-first.jsonl", "{\"id\":\"1\",\"text\":\"" + json + "\",\"author_id\":\"9\"}\n"
                + "{\"id\":\"2\",\"text\":\"second\",\"author_id\":\"9\"}\n");
        Samples.Read r = Samples.read(f, ReadOptions.defaults().withFormat("x-v2"));
        assertEquals(HUGE, r.byId("1").text());
        assertEquals(2, r.posts().size());
    }

    @Test
    void aMegabytePostInAnArchiveAndInCsv() throws IOException {
        String json = HUGE.replace("\"", "\\\"");
        Path js = write("tweets.js", "window.YTD.tweets.part0 = [\n  {\"tweet\": {\"id_str\": \"7\", \"full_text\": \""
                + json + "\"}},\n  {\"tweet\": {\"id_str\": \"8\", \"full_text\": \"next\"}}\n]");
        Samples.Read archive = Samples.read(js, ReadOptions.defaults());
        assertEquals(HUGE, archive.byId("7").text());
        assertEquals("next", archive.byId("8").text());
        String multiline = HUGE.replace(" ", "\n");
        Path csv = write("huge.csv", "id,text\n1,\"" + multiline.replace("\"", "\"\"") + "\"\n2,next\n");
        Samples.Read rows = Samples.read(csv, ReadOptions.defaults());
        assertEquals(multiline, rows.byId("1").text());
        assertEquals("next", rows.byId("2").text());
    }

    @Test
    void skipsAreCountedInFullButListedUpToACap() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            sb.append("{\"subreddit\": \"x\", broken ").append(i).append('\n');
        }
        for (int i = 0; i < 10; i++) {
            sb.append("{\"id\":\"c").append(i).append("\",\"body\":\"ok\",\"subreddit\":\"x\",\"created_utc\":1}\n");
        }
        Samples.Read r = Samples.read(write("flood.jsonl", sb.toString()), ReadOptions.defaults());
        assertEquals("reddit", r.format());
        assertEquals(10, r.posts().size());
        assertEquals(1500, r.report().skippedCount());
        assertEquals(1500, r.report().skipped(SkipKind.MALFORMED));
        assertEquals(ReadReport.MAX_LISTED, r.skips().size());
        assertEquals(1000, r.skips().get(999).where().line());
    }

    @Test
    void aStrayCharacterInADocumentCostsOnlyItsSpot() throws IOException {
        Path f = write("statuses.json", """
                [
                  {"id": "1", "content": "<p>one</p>", "account": {"id": "7", "acct": "a"}},
                  {"id": "2", "content": "<p>two</p>", "account": {"id": "7", "acct": "a"}}},
                  {"id": "3", "content": "<p>three</p>", "account": {"id": "7", "acct": "a"}},
                  {"id": "4", "content": "<p>four</p>", "account": {"id": "7", "acct": "a"}}
                ]
                """);
        Samples.Read r = Samples.read(f, ReadOptions.defaults());
        assertEquals("mastodon", r.format());
        assertEquals(List.of("1", "2", "3", "4"), r.posts().stream().map(Post::id).toList());
        assertEquals(SkipKind.MALFORMED, r.skipAt(3).kind());
        assertTrue(r.report().warnings().stream().anyMatch(w -> w.line() == 4 && w.message().contains("resumed")));
    }

    @Test
    void aTruncatedDocumentKeepsTheRecordsBeforeTheCut() throws IOException {
        String archive = Files.readString(Samples.path("tweets.js"));
        int cut = archive.indexOf("Why is DNS always the problem");
        Samples.Read r = Samples.read(write("cut.js", archive.substring(0, cut)), ReadOptions.defaults());
        assertEquals(11, r.posts().size(), "the complete tweets before the cut (elements 0-14, four of them bad)");
        assertEquals(16, r.report().recordsRead());
        Skip last = r.skips().get(r.skips().size() - 1);
        assertEquals(SkipKind.MALFORMED, last.kind());
        assertEquals(15, last.where().element());
        assertTrue(last.detail().contains("input ended"), last.detail());
    }

    @Test
    void aMinifiedDocumentOnOneLongLine() throws IOException {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 800; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i).append("\",\"created_at\":\"2024-03-01T07:30:00.000Z\","
                    + "\"content\":\"<p>status number ").append(i).append("</p>\",\"account\":{\"id\":\"7\",\"acct\":\"a\"},"
                    + "\"favourites_count\":").append(i).append('}');
        }
        Samples.Read r = Samples.read(write("minified.json", sb.append("]").toString()), ReadOptions.defaults());
        assertEquals("mastodon", r.format());
        assertEquals(800, r.posts().size());
        assertEquals("status number 799", r.byId("799").text());
        assertEquals(0, r.report().skippedCount());
    }

    private Path write(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }
}
