package dev.starling.analysis.readers.csv;

import dev.starling.analysis.readers.io.CharInput;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 rows, one at a time. Beyond the RFC, as spreadsheet and pandas exports need: any single
 * delimiter, LF or CRLF (or a lone CR) line ends, blank lines ignored, and text after a closing quote
 * kept literally instead of failing the row.
 */
final class CsvParser {
    /** One row and the line it starts on. */
    record Row(List<String> fields, long line) {
    }

    /** A quoted field longer than this is taken as an unbalanced quote, not text. */
    static final int MAX_FIELD_CHARS = 8 << 20;

    private final CharInput in;
    private final char delimiter;
    private final StringBuilder field = new StringBuilder();

    CsvParser(CharInput in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** The next row, or null at the end; throws {@link CsvSyntaxException} for a broken one (consumed). */
    Row next() throws IOException {
        int c = in.peek();
        while (c == '\n' || c == '\r') {
            in.read();
            c = in.peek();
        }
        if (c < 0) {
            return null;
        }
        long line = in.line();
        List<String> fields = new ArrayList<>();
        while (true) {
            field.setLength(0);
            if (in.peek() == '"') {
                quoted(line);
            }
            plain(line);
            fields.add(field.toString());
            c = in.read();
            if (c == delimiter) {
                continue;
            }
            if (c == '\r' && in.peek() == '\n') {
                in.read();
            }
            return new Row(fields, line);
        }
    }

    private void quoted(long line) throws IOException {
        in.read();
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new CsvSyntaxException("quoted field never closed (input ended)", line);
            }
            if (c == '"') {
                if (in.peek() != '"') {
                    return;
                }
                in.read(); // "" is one quote
            }
            append((char) c, line);
        }
    }

    private void plain(long line) throws IOException {
        int c = in.peek();
        while (c >= 0 && c != delimiter && c != '\n' && c != '\r') {
            append((char) in.read(), line);
            c = in.peek();
        }
    }

    private void append(char c, long line) {
        if (field.length() >= MAX_FIELD_CHARS) {
            throw new CsvSyntaxException("field longer than " + MAX_FIELD_CHARS + " characters (an unbalanced quote?)", line);
        }
        field.append(c);
    }
}
