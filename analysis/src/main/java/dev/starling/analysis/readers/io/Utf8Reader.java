package dev.starling.analysis.readers.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 decoding that never fails: each malformed byte sequence becomes one U+FFFD and is reported,
 * with its line, to a {@link Listener}. One bad byte then costs one character, not the whole file
 * (the JDK's decoders either throw or replace silently). A leading byte-order mark is dropped.
 */
public final class Utf8Reader extends Reader {
    /** Told about each malformed sequence: the 1-based line it is on and its length in bytes. */
    @FunctionalInterface
    public interface Listener {
        void invalid(long line, int bytes);
    }

    private static final int BUFFER = 1 << 16;
    private final InputStream in;
    private final Listener listener;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private boolean eof;
    private boolean started;
    private boolean flushed;
    private long line = 1;

    public Utf8Reader(InputStream in, Listener listener) {
        this.in = in;
        this.listener = listener;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!started) {
            start();
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        int counted = off;
        while (out.position() == off) {
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                if (!out.hasRemaining()) {
                    break; // no room for the U+FFFD; the next call reports it
                }
                counted = countLines(cbuf, counted, out.position());
                bytes.position(bytes.position() + r.length());
                out.put('\uFFFD');
                listener.invalid(line, r.length());
            } else if (r.isOverflow()) {
                break;
            } else if (eof) {
                if (!flushed) {
                    decoder.flush(out);
                    flushed = true;
                }
                if (out.position() == off) {
                    return -1;
                }
                break;
            } else {
                fill();
            }
        }
        countLines(cbuf, counted, out.position());
        return out.position() - off;
    }

    /** Drops a UTF-8 byte-order mark: it is an encoding signature, not text. */
    private void start() throws IOException {
        started = true;
        byte[] first = in.readNBytes(3);
        int skip = first.length == 3 && (first[0] & 0xFF) == 0xEF && (first[1] & 0xFF) == 0xBB
                && (first[2] & 0xFF) == 0xBF ? 3 : 0;
        bytes.clear();
        bytes.put(first, skip, first.length - skip);
        bytes.flip();
        if (first.length < 3) {
            eof = true;
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private int countLines(char[] cbuf, int from, int to) {
        int n = 0; // a local counter: incrementing the field in the loop kept it from being optimised
        for (int k = from; k < to; k++) {
            n += cbuf[k] == '\n' ? 1 : 0;
        }
        line += n;
        return to;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
