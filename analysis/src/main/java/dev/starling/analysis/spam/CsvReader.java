package dev.starling.analysis.spam;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: fields separated by commas, optionally in double quotes; a quoted field may
 * hold commas and line breaks, and {@code ""} inside it is one quote. The YouTube Spam Collection
 * needs this: comments span lines and contain commas. Like Python's csv module, a quote inside an
 * unquoted field, or text right after a closing quote, is kept as written rather than rejected.
 */
final class CsvReader {
    private final Reader in;
    private int line = 1;
    private int recordLine = 1;
    private int peeked = -2;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** The 1-based line on which the last record returned by {@link #next()} began. */
    int recordLine() {
        return recordLine;
    }

    /**
     * The next record's fields, or null at the end of input.
     *
     * @throws CsvException if a quoted field is never closed
     */
    List<String> next() throws IOException {
        if (peek() == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(peek() == '"' ? quoted() : unquoted());
            int c = read();
            if (c == ',') {
                continue;
            }
            if (c == '\r' && peek() == '\n') {
                read();
            }
            return fields; // '\n', '\r' or end of input
        }
    }

    private String quoted() throws IOException {
        int start = line;
        read(); // opening quote
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = read();
            if (c == -1) {
                throw new CsvException("quoted field opened on line " + start + " is never closed");
            }
            if (c == '"') {
                if (peek() != '"') {
                    return sb.append(unquoted()).toString();
                }
                read();
            }
            sb.append((char) c);
        }
    }

    private String unquoted() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c = peek(); c != ',' && c != '\n' && c != '\r' && c != -1; c = peek()) {
            sb.append((char) read());
        }
        return sb.toString();
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = in.read();
        }
        return peeked;
    }

    private int read() throws IOException {
        int c = peek();
        peeked = -2;
        if (c == '\n') {
            line++;
        }
        return c;
    }

    /** Malformed CSV; the reader cannot resynchronise after it. */
    static final class CsvException extends IOException {
        CsvException(String message) {
            super(message);
        }
    }
}
