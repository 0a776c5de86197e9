package dev.starling.analysis.readers.io;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Opening raw bytes: gzip recognised by content, damage in a compressed stream reported, not thrown. */
public final class Inputs {
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;
    private static final int BUFFER = 1 << 16;

    private Inputs() {
    }

    /**
     * The decompressed content of {@code raw}: gunzipped when it starts with the gzip magic bytes
     * {@code 1f 8b} (whatever the file is called), else as is. When a gzip stream is truncated or
     * corrupt, {@code onDamage} is told once and the stream ends there, so everything decompressed
     * before the damage is still read.
     */
    public static InputStream decompressing(InputStream raw, Consumer<String> onDamage) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 != GZIP_MAGIC_1 || b2 != GZIP_MAGIC_2) {
            return in;
        }
        try {
            return new DamageGuard(new GZIPInputStream(in, BUFFER), onDamage);
        } catch (EOFException | ZipException e) {
            onDamage.accept("gzip header damaged or truncated (" + e.getMessage() + "); nothing could be read");
            in.close();
            return InputStream.nullInputStream();
        }
    }

    /** Turns a truncated or corrupt gzip tail into a clean end of stream plus one report. */
    private static final class DamageGuard extends FilterInputStream {
        private final Consumer<String> onDamage;
        private boolean damaged;
        private long delivered;

        DamageGuard(InputStream in, Consumer<String> onDamage) {
            super(in);
            this.onDamage = onDamage;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (damaged) {
                return -1;
            }
            try {
                int n = super.read(b, off, len);
                if (n > 0) {
                    delivered += n;
                }
                return n;
            } catch (EOFException e) {
                return damage("gzip stream truncated after " + delivered + " bytes of content");
            } catch (ZipException e) {
                return damage("gzip stream corrupt after " + delivered + " bytes of content (" + e.getMessage() + ")");
            }
        }

        private int damage(String message) {
            damaged = true;
            onDamage.accept(message);
            return -1;
        }
    }
}
