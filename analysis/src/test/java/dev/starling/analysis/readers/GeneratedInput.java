package dev.starling.analysis.readers;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Bytes made on demand: a prefix, {@code count} records joined by a separator, a suffix. Only one
 * record exists at a time, so an input of any size costs no memory here, and {@code delivered}
 * tells how far a reader has pulled (to prove it streams rather than slurps).
 */
final class GeneratedInput extends InputStream {
    private final byte[] separator;
    private final byte[] suffix;
    private final IntFunction<String> record;
    private final int count;
    private final AtomicLong delivered;
    private byte[] chunk;
    private int pos;
    private int next;
    private boolean ended;

    GeneratedInput(String prefix, String separator, String suffix, int count, IntFunction<String> record,
                   AtomicLong delivered) {
        this.separator = utf8(separator);
        this.suffix = utf8(suffix);
        this.record = record;
        this.count = count;
        this.delivered = delivered;
        this.chunk = utf8(prefix);
    }

    /** A source that makes a fresh generator on every open, counting the bytes of the first one only. */
    static ByteSource source(String prefix, String separator, String suffix, int count, IntFunction<String> record,
                             AtomicLong firstDelivered) {
        AtomicLong opens = new AtomicLong();
        return () -> new GeneratedInput(prefix, separator, suffix, count, record,
                opens.getAndIncrement() == 0 ? firstDelivered : new AtomicLong());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private boolean advance() {
        while (pos >= chunk.length) {
            if (next < count) {
                String r = record.apply(next);
                chunk = utf8(next == 0 ? r : new String(separator, StandardCharsets.UTF_8) + r);
                next++;
            } else if (!ended) {
                chunk = suffix;
                ended = true;
            } else {
                return false;
            }
            pos = 0;
        }
        return true;
    }

    @Override
    public int read() {
        if (!advance()) {
            return -1;
        }
        delivered.incrementAndGet();
        return chunk[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (!advance()) {
            return -1;
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        delivered.addAndGet(n);
        return n;
    }
}
