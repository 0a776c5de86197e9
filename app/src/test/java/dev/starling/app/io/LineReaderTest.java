package dev.starling.app.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineReaderTest {
    static List<LineReader.Line> read(byte[] bytes) throws IOException {
        return read(new ByteArrayInputStream(bytes));
    }

    static List<LineReader.Line> read(InputStream in) throws IOException {
        List<LineReader.Line> out = new ArrayList<>();
        try (LineReader r = new LineReader(in)) {
            for (LineReader.Line l = r.next(); l != null; l = r.next()) {
                out.add(l);
            }
        }
        return out;
    }

    static List<String> texts(String s) throws IOException {
        return read(s.getBytes(StandardCharsets.UTF_8)).stream().map(LineReader.Line::text).toList();
    }

    @Test
    void splitsOnNewlineOnly() throws IOException {
        assertEquals(List.of(), texts(""));
        assertEquals(List.of(""), texts("\n"));
        assertEquals(List.of("a", "b"), texts("a\nb"));
        assertEquals(List.of("a", "b"), texts("a\nb\n"));
        assertEquals(List.of("a", "", "b"), texts("a\r\n\r\nb\r\n"));
        assertEquals(List.of("a\rb", "c\u2028d", "e\u0085f"), texts("a\rb\nc\u2028d\ne\u0085f\n"));
        assertEquals(List.of("x\r"), texts("x\r\r\n"), "only one trailing \\r is dropped");
        assertEquals(List.of("bom"), texts("\uFEFFbom\n"));
        assertEquals(List.of("\uFEFFkept", "\uFEFFkept"), texts("\uFEFF\uFEFFkept\n\uFEFFkept"), "only a leading BOM of the file is removed");
    }

    @Test
    void invalidUtf8IsReplacedAndFlagged() throws IOException {
        List<LineReader.Line> lines = read(new byte[] {'o', 'k', '\n', (byte) 0xc3, '(', '\n', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '\n'});
        assertFalse(lines.get(0).malformed());
        assertTrue(lines.get(1).malformed());
        assertEquals("\uFFFD(", lines.get(1).text());
        assertTrue(lines.get(2).malformed(), "an encoded surrogate is invalid UTF-8");
        assertEquals(3, lines.get(2).number());
    }

    @Test
    void longLinesAcrossBufferBoundariesAndTrickleReads() throws IOException {
        String big = "é".repeat(300_000);
        assertEquals(List.of(big, "tail"), texts(big + "\ntail"));
        byte[] bytes = ("one\ntwo\r\n" + big).getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7)); // short reads, as from a pipe
            }
        };
        assertEquals(List.of("one", "two", big), read(trickle).stream().map(LineReader.Line::text).toList());
    }
}
