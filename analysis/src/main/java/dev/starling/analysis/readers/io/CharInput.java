package dev.starling.analysis.readers.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Buffered characters with the 1-based line of the next character and bounded look-ahead.
 * Readers pull lines ({@link #readLine}) or single characters ({@link #read}); format detection
 * peeks ahead ({@link #ensure}, {@link #charAt}) without consuming. The buffer grows only as far as
 * the look-ahead asked for, so memory stays bounded by the longest record or look-ahead, never the file.
 */
public final class CharInput implements Closeable {
    private static final int CHUNK = 1 << 16;
    private final Reader reader;
    private char[] buf = new char[CHUNK];
    private int pos;
    private int limit;
    private boolean eof;
    private long line = 1;

    public CharInput(Reader reader) {
        this.reader = reader;
    }

    /** The 1-based line of the next character to be read. */
    public long line() {
        return line;
    }

    /** The next character without consuming it, or -1 at the end. */
    public int peek() throws IOException {
        if (pos >= limit && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    /** Consumes and returns the next character, or -1 at the end. */
    public int read() throws IOException {
        if (pos >= limit && !fill()) {
            return -1;
        }
        char c = buf[pos++];
        if (c == '\n') {
            line++;
        }
        return c;
    }

    /**
     * Reads one line without its terminator ({@code \n} or {@code \r\n}), or null at the end.
     * A line is held whole, so it costs memory in proportion to its own length only.
     */
    public String readLine() throws IOException {
        if (pos >= limit && !fill()) {
            return null;
        }
        StringBuilder sb = null;
        while (true) {
            int start = pos;
            while (pos < limit && buf[pos] != '\n') {
                pos++;
            }
            if (pos < limit) {
                String s = sb == null ? new String(buf, start, pos - start)
                        : sb.append(buf, start, pos - start).toString();
                pos++;
                line++;
                return stripCr(s);
            }
            sb = sb == null ? new StringBuilder() : sb;
            sb.append(buf, start, limit - start);
            if (!fill()) {
                return stripCr(sb.toString());
            }
        }
    }

    private static String stripCr(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * Consumes characters up to (not including) the next one marked in {@code stops} (indexed by
     * ASCII code; other characters never stop), appending them to {@code sb} unless it is null.
     * Returns that character, or -1 at the end. Tokenisers use it to move over string contents and
     * the insides of values in bulk instead of a call per character.
     */
    public int copyUntil(boolean[] stops, StringBuilder sb) throws IOException {
        while (true) {
            if (pos >= limit && !fill()) {
                return -1;
            }
            int start = pos;
            int lines = 0;
            while (pos < limit) {
                char c = buf[pos];
                if (c < stops.length && stops[c]) {
                    break;
                }
                lines += c == '\n' ? 1 : 0;
                pos++;
            }
            line += lines;
            if (sb != null) {
                sb.append(buf, start, pos - start);
            }
            if (pos < limit) {
                return buf[pos];
            }
        }
    }

    /** Buffers at least {@code n} characters ahead if the input has them; true when it does. */
    public boolean ensure(int n) throws IOException {
        while (limit - pos < n && !eof) {
            compactFor(n);
            readMore();
        }
        return limit - pos >= n;
    }

    /** Characters buffered ahead of the read position. */
    public int available() {
        return limit - pos;
    }

    /** The character {@code offset} places ahead, {@code 0 <= offset < available()}. */
    public char charAt(int offset) {
        if (offset < 0 || offset >= limit - pos) {
            throw new IndexOutOfBoundsException(offset);
        }
        return buf[pos + offset];
    }

    /** Whether the input is exhausted (nothing buffered and nothing left to read). */
    public boolean atEnd() throws IOException {
        return peek() < 0;
    }

    private boolean fill() throws IOException {
        while (pos >= limit) {
            if (eof) {
                return false;
            }
            compactFor(CHUNK);
            readMore();
        }
        return true;
    }

    /** Moves the unread part to the front and grows the buffer to hold {@code n} more characters. */
    private void compactFor(int n) {
        int unread = limit - pos;
        if (buf.length < n || (pos == 0 && unread == buf.length)) {
            char[] bigger = new char[Math.max(Math.max(n, CHUNK), unread + CHUNK)];
            System.arraycopy(buf, pos, bigger, 0, unread);
            buf = bigger;
        } else if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, unread);
        }
        pos = 0;
        limit = unread;
    }

    private void readMore() throws IOException {
        int n = reader.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
