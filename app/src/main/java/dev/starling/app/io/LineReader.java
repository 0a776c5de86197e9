package dev.starling.app.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads UTF-8 text one line at a time with the CLI's contract: lines end at '\n' only (a '\r'
 * before it is dropped; a lone '\r' or U+2028 inside a line is content), a final line without
 * '\n' still counts, an empty file has no lines, and a UTF-8 byte-order mark at the start is
 * skipped. Invalid UTF-8 never stops the read: the bad bytes become U+FFFD and the line is
 * flagged via {@link Line#malformed()} so the caller can report it.
 */
public final class LineReader implements Closeable {
    /** One input line: its 1-based number, its text, and whether it held invalid UTF-8. */
    public record Line(long number, String text, boolean malformed) {
    }

    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkEnd;
    private boolean eof;
    private byte[] line = new byte[8192];
    private long number;
    private boolean first = true;

    public LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of input. */
    public Line next() throws IOException {
        int n = 0;
        boolean any = false;
        while (true) {
            if (chunkPos == chunkEnd && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int nl = indexOfNewline();
            int stop = nl < 0 ? chunkEnd : nl;
            int len = stop - chunkPos;
            if (n + len > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, n + len));
            }
            System.arraycopy(chunk, chunkPos, line, n, len);
            n += len;
            chunkPos = stop;
            if (nl >= 0) {
                chunkPos++; // consume '\n'
                break;
            }
        }
        if (n > 0 && line[n - 1] == '\r') {
            n--;
        }
        int start = 0;
        if (first) {
            first = false;
            if (n >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB && (line[2] & 0xff) == 0xBF) {
                start = 3;
            }
        }
        number++;
        return decode(line, start, n - start, number);
    }

    private int indexOfNewline() {
        for (int i = chunkPos; i < chunkEnd; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int r = in.read(chunk, 0, chunk.length);
        if (r <= 0) {
            eof = r < 0;
            chunkPos = 0;
            chunkEnd = 0;
            return !eof && fill();
        }
        chunkPos = 0;
        chunkEnd = r;
        return true;
    }

    private static Line decode(byte[] bytes, int off, int len, long number) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = strict.decode(ByteBuffer.wrap(bytes, off, len));
            return new Line(number, cb.toString(), false);
        } catch (CharacterCodingException e) {
            String lenient = new String(bytes, off, len, StandardCharsets.UTF_8); // U+FFFD for bad bytes
            return new Line(number, lenient, true);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
