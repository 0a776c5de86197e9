package dev.starling.analysis.readers;

import dev.starling.analysis.posts.Author;
import dev.starling.analysis.posts.Metrics;
import dev.starling.analysis.posts.Platform;
import dev.starling.analysis.posts.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV/TSV: RFC 4180 quoting, delimiter sniffing, BOM, column guessing and mapping, timestamp forms. */
class CsvReaderTest {
    @TempDir
    Path dir;

    @Test
    void quotedFieldsBomAndGuessedColumns() throws IOException {
        Samples.Read r = Samples.read("posts.csv");
        assertEquals("csv", r.format());
        assertEquals(16, r.posts().size());
        Post first = r.byId("1001");
        assertEquals(Platform.CSV, first.platform());
        assertEquals("Hello, world! First post", first.text());
        assertEquals(new Author("alice", "alice", null, null), first.author(), "BOM gone, '@' dropped");
        assertEquals(new Metrics(5L, 1L, 0L, null, null), first.metrics());
        assertEquals("en", first.language());
        assertEquals("Multi-line\npost with \"quotes\" inside", r.byId("1002").text());
        assertEquals("A \"quoted\" word, and a\r\nCRLF line break inside", r.byId("1015").text());
        assertEquals("Trailing spaces kept  ", r.byId("1014").text());
        assertEquals(1234L, r.byId("1013").metrics().likes());
        assertEquals("👨‍👩‍👧‍👦 ZWJ family", r.byId("1013").text());
        assertEquals(new Metrics(null, null, null, null, null), r.byId("1018").metrics(), "NA, null and empty are unknown");
        assertEquals(new Metrics(null, null, null, null, null), r.byId("1006").metrics());
    }

    @Test
    void timestampForms() throws IOException {
        Samples.Read r = Samples.read("posts.csv");
        Instant tenOClock = Instant.parse("2024-05-01T10:00:00Z");
        assertEquals(tenOClock, r.byId("1001").createdAt(), "ISO-8601");
        assertEquals(tenOClock, r.byId("1002").createdAt(), "epoch seconds");
        assertEquals(tenOClock, r.byId("1003").createdAt(), "epoch milliseconds");
        assertEquals(Instant.parse("2024-05-01T12:30:45Z"), r.byId("1004").createdAt(), "yyyy-MM-dd HH:mm:ss as UTC");
        assertEquals(tenOClock, r.byId("1005").createdAt(), "+02:00 offset");
        assertEquals(Instant.parse("2024-05-01T00:00:00Z"), r.byId("1006").createdAt(), "date only");
        assertEquals(Instant.parse("2024-05-01T15:30:00.250Z"), r.byId("1016").createdAt());
        assertEquals(Instant.parse("2024-05-01T16:00:00.500Z"), r.byId("1017").createdAt(), "decimal seconds");
        assertNull(r.byId("1010").createdAt());
        assertTrue(r.report().warnings().stream().anyMatch(w -> w.line() == 13 && w.message().contains("not a date")));
    }

    @Test
    void badRowsAreSkippedWithTheirLines() throws IOException {
        Samples.Read r = Samples.read("posts.csv");
        assertEquals(20, r.report().recordsRead());
        assertEquals(SkipKind.MISSING_FIELD, r.skipAt(10).kind());
        assertEquals(SkipKind.MALFORMED, r.skipAt(11).kind());
        assertTrue(r.skipAt(11).detail().contains("11 fields but the header has 8"), r.skipAt(11).detail());
        assertEquals(SkipKind.WRONG_TYPE, r.skipAt(12).kind());
        assertEquals(SkipKind.MALFORMED, r.skipAt(24).kind(), "the unterminated quote at the end");
        assertEquals(4, r.report().skippedCount());
    }

    @Test
    void tabSeparatedWithOtherHeaderNames() throws IOException {
        Samples.Read r = Samples.read("posts.tsv");
        assertEquals("csv", r.format());
        assertEquals(14, r.posts().size());
        Post p = r.byId("t-1");
        assertEquals("Buenos días desde Madrid", p.text());
        assertEquals("marta", p.author().handle());
        assertEquals(Instant.parse("2024-02-10T08:00:00Z"), p.createdAt());
        assertEquals("es", p.language());
        assertEquals(3L, p.metrics().likes());
        assertEquals("A quoted field with a\ttab inside", r.byId("t-3").text());
        assertEquals("Comma, inside, a TSV field is just text", r.byId("t-6").text());
        assertEquals(SkipKind.MALFORMED, r.skipAt(11).kind(), "a row one column short");
    }

    @Test
    void semicolonSeparated() throws IOException {
        Samples.Read r = Samples.read("posts-semicolon.csv");
        assertEquals(6, r.posts().size());
        assertEquals("Hallo zusammen, wie geht's?", r.byId("2").text(), "no id column: the line number");
        assertEquals("Ein Feld mit ; Semikolon", r.byId("5").text());
        assertEquals("amelie", r.byId("3").author().handle());
        assertEquals(12L, r.byId("3").metrics().likes(), "score counts as likes");
        assertNull(r.byId("2").createdAt(), "01.03.2024 is not a form we guess at");
    }

    @Test
    void columnsCanBeNamedAndTheDelimiterGiven() throws IOException {
        Path f = dir.resolve("export.txt");
        Files.writeString(f, "msg|who|when|hearts\nhello there|ann|2024-01-02T03:04:05Z|7\n");
        CsvOptions csv = CsvOptions.guess().withDelimiter('|').withColumn(CsvField.TEXT, "msg")
                .withColumn(CsvField.AUTHOR, "who").withColumn(CsvField.TIME, "when").withColumn(CsvField.LIKES, "hearts");
        Samples.Read r = Samples.read(f, ReadOptions.defaults().withFormat("csv").withCsv(csv));
        Post p = r.byId("2");
        assertEquals("hello there", p.text());
        assertEquals("ann", p.author().handle());
        assertEquals(Instant.parse("2024-01-02T03:04:05Z"), p.createdAt());
        assertEquals(7L, p.metrics().likes());
    }

    @Test
    void aFileWithoutATextColumnIsAClearError() throws IOException {
        Path f = dir.resolve("numbers.csv");
        Files.writeString(f, "a,b,c\n1,2,3\n");
        ReadException e = assertThrows(ReadException.class,
                () -> Samples.read(f, ReadOptions.defaults().withFormat("csv")));
        assertTrue(e.getMessage().contains("no text column") && e.getMessage().contains("[a, b, c]"), e.getMessage());
        CsvOptions wrong = CsvOptions.guess().withColumn(CsvField.TEXT, "missing");
        ReadException named = assertThrows(ReadException.class,
                () -> Samples.read(f, ReadOptions.defaults().withFormat("csv").withCsv(wrong)));
        assertTrue(named.getMessage().contains("'missing'"), named.getMessage());
    }
}
