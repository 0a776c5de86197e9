package dev.starling.engine.format.gguf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Little-endian primitive writes that count the bytes written (for alignment padding). */
final class LeOutput {
    private final OutputStream out;
    private final byte[] scratch = new byte[8];
    private long written;

    LeOutput(OutputStream out) {
        this.out = out;
    }

    long written() {
        return written;
    }

    void bytes(byte[] b) throws IOException {
        out.write(b);
        written += b.length;
    }

    void i16(short v) throws IOException {
        put(v, 2);
    }

    void i32(int v) throws IOException {
        put(v, 4);
    }

    void i64(long v) throws IOException {
        put(v, 8);
    }

    void string(String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        i64(b.length);
        bytes(b);
    }

    /** Zero bytes up to the next multiple of {@code alignment}. */
    void pad(int alignment) throws IOException {
        int n = (int) ((alignment - written % alignment) % alignment);
        bytes(new byte[n]);
    }

    private void put(long v, int n) throws IOException {
        for (int k = 0; k < n; k++) {
            scratch[k] = (byte) (v >>> (8 * k));
        }
        out.write(scratch, 0, n);
        written += n;
    }
}
