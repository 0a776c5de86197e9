package dev.starling.app.io;

import dev.starling.engine.json.Json;
import dev.starling.engine.json.JsonException;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Posts from an input file, one record per input line so outputs stay aligned with inputs.
 * A line that cannot be used (malformed JSON, no text field) yields a record with an error
 * instead of stopping the run; invalid UTF-8 is replaced by U+FFFD and flagged.
 */
public final class PostReader implements Closeable {
    /** One input record. {@code text} is null when {@code error} is set. */
    public record Post(long line, String text, Object id, String error, boolean invalidUtf8) {
        public boolean ok() {
            return error == null;
        }
    }

    private final LineReader lines;
    private final InputFormat format;
    private final String textField;

    public PostReader(Path file, InputFormat format, String textField) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        this.lines = new LineReader(in);
        this.format = format.resolve(file);
        this.textField = textField;
    }

    public InputFormat format() {
        return format;
    }

    /** The next record, or null at the end. */
    public Post next() throws IOException {
        LineReader.Line l = lines.next();
        if (l == null) {
            return null;
        }
        if (format == InputFormat.TEXT) {
            return new Post(l.number(), l.text(), null, null, l.malformed());
        }
        return jsonRecord(l);
    }

    private Post jsonRecord(LineReader.Line l) {
        if (l.text().isBlank()) {
            return new Post(l.number(), null, null, "empty line", l.malformed());
        }
        try {
            Map<String, Object> obj = Json.parseObject(l.text());
            Object text = obj.get(textField);
            if (!(text instanceof String s)) {
                return new Post(l.number(), null, obj.get("id"), "no string field '" + textField + "'", l.malformed());
            }
            return new Post(l.number(), s, obj.get("id"), null, l.malformed());
        } catch (JsonException e) {
            return new Post(l.number(), null, null, "malformed JSON: " + e.getMessage(), l.malformed());
        }
    }

    /** Counts lines of a plain file quickly (for progress totals); -1 for compressed input. */
    public static long countLines(Path file) throws IOException {
        if (file.getFileName().toString().endsWith(".gz")) {
            return -1;
        }
        long n = 0;
        byte last = '\n';
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int r = in.read(buf); r > 0; r = in.read(buf)) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        n++;
                    }
                }
                last = buf[r - 1];
            }
        }
        return last == '\n' ? n : n + 1;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
