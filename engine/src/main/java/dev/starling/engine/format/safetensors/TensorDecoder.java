package dev.starling.engine.format.safetensors;

import dev.starling.engine.format.WeightFormatException;
import dev.starling.engine.tensor.BF16Storage;
import dev.starling.engine.tensor.F16Storage;
import dev.starling.engine.tensor.F32Storage;
import dev.starling.engine.tensor.Storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Copies one tensor's bytes from a memory-mapped region into heap storage. F32, F16 and BF16 keep
 * their type; the integer types, BOOL and F64 are widened (F64 narrowed) to float32, which is what
 * the kernels compute in: integers up to 2^24 in magnitude stay exact, larger ones round.
 */
final class TensorDecoder {
    /**
     * A mapped buffer is int-indexed, so large tensors are mapped in chunks; 1 GiB is a multiple of
     * every element size, so no element straddles two chunks.
     */
    static final long CHUNK_BYTES = 1L << 30;
    /** The largest Java array the JVM reliably allocates. */
    private static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    /** Reads one float from {@code buf} at byte index {@code at} (little-endian). */
    private interface Widening {
        float read(ByteBuffer buf, int at);
    }

    private final Path file;
    private final FileChannel ch;
    private final long dataStart;

    TensorDecoder(Path file, FileChannel ch, long dataStart) {
        this.file = file;
        this.ch = ch;
        this.dataStart = dataStart;
    }

    Storage decode(TensorEntry e) throws IOException {
        return switch (e.dtype()) {
            case F32 -> new F32Storage(floats(e));
            case F16 -> new F16Storage(shorts(e));
            case BF16 -> new BF16Storage(shorts(e));
            default -> new F32Storage(widened(e, widening(e)));
        };
    }

    /** The raw bytes of an I8 or U8 tensor (for quantised storage). */
    byte[] bytes(TensorEntry e) throws IOException {
        byte[] out = new byte[elementCount(e)];
        forEachChunk(e, (buf, first) -> buf.get(out, first, buf.remaining()));
        return out;
    }

    /** The elements of an F32 tensor. */
    float[] floats(TensorEntry e) throws IOException {
        float[] out = new float[elementCount(e)];
        forEachChunk(e, (buf, first) -> buf.asFloatBuffer().get(out, first, buf.remaining() / 4));
        return out;
    }

    private short[] shorts(TensorEntry e) throws IOException {
        short[] out = new short[elementCount(e)];
        forEachChunk(e, (buf, first) -> buf.asShortBuffer().get(out, first, buf.remaining() / 2));
        return out;
    }

    private float[] widened(TensorEntry e, Widening w) throws IOException {
        float[] out = new float[elementCount(e)];
        int size = e.dtype().size();
        forEachChunk(e, (buf, first) -> {
            int count = buf.remaining() / size;
            for (int k = 0; k < count; k++) {
                out[first + k] = w.read(buf, k * size);
            }
        });
        return out;
    }

    private Widening widening(TensorEntry e) {
        return switch (e.dtype()) {
            case BOOL -> (b, at) -> b.get(at) != 0 ? 1f : 0f;
            case U8 -> (b, at) -> b.get(at) & 0xff;
            case I8 -> (b, at) -> b.get(at);
            case I16 -> (b, at) -> b.getShort(at);
            case U16 -> (b, at) -> b.getShort(at) & 0xffff;
            case I32 -> (b, at) -> b.getInt(at);
            case U32 -> (b, at) -> b.getInt(at) & 0xffffffffL;
            case I64 -> (b, at) -> b.getLong(at);
            case U64 -> (b, at) -> unsignedToFloat(b.getLong(at));
            case F64 -> (b, at) -> (float) b.getDouble(at);
            default -> throw new WeightFormatException(file, "tensor '" + e.name() + "' has dtype "
                    + e.dtype() + ", which Starling cannot decode yet");
        };
    }

    /** Correctly rounded u64 → float: halve with the lost bit kept sticky so that rounding stays right. */
    private static float unsignedToFloat(long v) {
        return v >= 0 ? (float) v : (float) ((v >>> 1) | (v & 1)) * 2f;
    }

    private int elementCount(TensorEntry e) {
        long n = e.elements();
        if (n > MAX_ELEMENTS) {
            throw new WeightFormatException(file, "tensor '" + e.name() + "' has " + n
                    + " elements, more than one Java array holds");
        }
        return (int) n;
    }

    /** Receives one mapped chunk (little-endian, positioned at 0) and the index of its first element. */
    private interface ChunkSink {
        void accept(ByteBuffer chunk, int firstElement);
    }

    private void forEachChunk(TensorEntry e, ChunkSink sink) throws IOException {
        long bytes = e.end() - e.begin();
        long start = dataStart + e.begin();
        // The header was validated against the size at open; re-check so a file cut since then
        // fails here instead of with a bus error on the mapping.
        if (start + bytes > ch.size()) {
            throw new WeightFormatException(file, "file shrank to " + ch.size() + " bytes since it was opened;"
                    + " tensor '" + e.name() + "' is gone");
        }
        for (long off = 0; off < bytes; off += CHUNK_BYTES) {
            long len = Math.min(CHUNK_BYTES, bytes - off);
            ByteBuffer chunk = ch.map(FileChannel.MapMode.READ_ONLY, start + off, len).order(ByteOrder.LITTLE_ENDIAN);
            sink.accept(chunk, (int) (off / e.dtype().size()));
        }
    }
}
