package dev.starling.analysis.spam;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 4180 details the YouTube files depend on, and how malformed input is reported. */
class CsvReaderTest {
    @Test
    void quotedFieldsKeepCommasLineBreaksAndEscapedQuotes() throws IOException {
        CsvReader r = new CsvReader(new StringReader(
                "\"A\",\"B\"\r\nplain,\"with, comma\"\n\"two\nlines\",\"say \"\"hi\"\"\"\nlast,\n"));
        assertEquals(List.of("A", "B"), r.next());
        assertEquals(List.of("plain", "with, comma"), r.next());
        assertEquals(2, r.recordLine());
        assertEquals(List.of("two\nlines", "say \"hi\""), r.next());
        assertEquals(3, r.recordLine());
        assertEquals(List.of("last", ""), r.next());
        assertEquals(5, r.recordLine(), "the multi-line record counted its line break");
        assertNull(r.next());
    }

    @Test
    void strayQuotesAreKeptAsWritten() throws IOException {
        CsvReader r = new CsvReader(new StringReader("he said \"no\",1\n\"x\"y,2"));
        assertEquals(List.of("he said \"no\"", "1"), r.next());
        assertEquals(List.of("xy", "2"), r.next());
        assertNull(r.next());
    }

    @Test
    void anUnclosedQuoteIsAnErrorNamingItsLine() throws IOException {
        CsvReader r = new CsvReader(new StringReader("a,b\n\"never closed,1\n2\n"));
        assertEquals(List.of("a", "b"), r.next());
        CsvReader.CsvException e = assertThrows(CsvReader.CsvException.class, r::next);
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
