package dev.starling.engine.format.gguf;

import dev.starling.engine.format.WeightFormatException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Little-endian reads from a GGUF header through a window over the file. Every read first checks
 * that the bytes exist, and every length read from the file is checked against the bytes left
 * before anything is allocated, so a corrupt count fails here with the offset instead of as an
 * out-of-memory error.
 */
final class HeaderReader {
    /** Java arrays cannot be longer than this. */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final Path file;
    private final FileChannel ch;
    private final long size;
    private final ByteBuffer window = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
    private long windowStart;

    HeaderReader(Path file, FileChannel ch) throws IOException {
        this.file = file;
        this.ch = ch;
        this.size = ch.size();
        window.limit(0);
    }

    Path file() {
        return file;
    }

    long size() {
        return size;
    }

    long position() {
        return windowStart + window.position();
    }

    long remaining() {
        return size - position();
    }

    WeightFormatException error(String problem) {
        return new WeightFormatException(file, problem);
    }

    private void need(int n, String what) throws IOException {
        if (window.remaining() >= n) {
            return;
        }
        if (remaining() < n) {
            throw error("truncated: " + what + " needs " + n + " bytes at offset " + position()
                    + " but the file ends at " + size);
        }
        windowStart = position();
        window.clear();
        window.limit((int) Math.min(window.capacity(), size - windowStart));
        while (window.hasRemaining()) {
            if (ch.read(window, windowStart + window.position()) < 0) {
                throw error("file shrank while reading it (at offset " + (windowStart + window.position()) + ")");
            }
        }
        window.flip();
    }

    int u8(String what) throws IOException {
        need(1, what);
        return window.get() & 0xff;
    }

    short i16(String what) throws IOException {
        need(2, what);
        return window.getShort();
    }

    int i32(String what) throws IOException {
        need(4, what);
        return window.getInt();
    }

    long i64(String what) throws IOException {
        need(8, what);
        return window.getLong();
    }

    /**
     * A count or length read from the file: non-negative, at most {@code remaining() / minBytesEach}
     * (each element needs at least that many bytes) and small enough for a Java array.
     */
    int count(String what, long minBytesEach) throws IOException {
        long at = position();
        long n = i64(what);
        if (n < 0 || n > remaining() / minBytesEach || n > MAX_ARRAY) {
            throw error(what + " " + Long.toUnsignedString(n) + " at offset " + at + " is impossible: only "
                    + remaining() + " bytes are left in the file");
        }
        return (int) n;
    }

    byte[] bytes(int n, String what) throws IOException {
        byte[] out = new byte[n];
        int done = 0;
        while (done < n) {
            int chunk = Math.min(n - done, window.capacity());
            need(chunk, what);
            window.get(out, done, chunk);
            done += chunk;
        }
        return out;
    }

    /** A GGUF string: uint64 byte length then UTF-8 (malformed sequences become U+FFFD). */
    String string(String what) throws IOException {
        int n = count(what + " length", 1);
        if (n <= window.remaining()) {
            String s = new String(window.array(), window.position(), n, StandardCharsets.UTF_8);
            window.position(window.position() + n);
            return s;
        }
        return new String(bytes(n, what), StandardCharsets.UTF_8);
    }

    /** Skips to the next multiple of {@code alignment}; the padding must exist. */
    void align(int alignment, String what) throws IOException {
        long pad = (alignment - position() % alignment) % alignment;
        if (pad > remaining()) {
            throw error("truncated: " + what + " padding runs past the end of the " + size + "-byte file");
        }
        bytes((int) pad, what);
    }
}
