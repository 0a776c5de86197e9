package dev.starling.engine.format.gguf;

import dev.starling.engine.tensor.BF16Storage;
import dev.starling.engine.tensor.F16Storage;
import dev.starling.engine.tensor.F32Storage;
import dev.starling.engine.tensor.I8Storage;
import dev.starling.engine.tensor.Q4_0Storage;
import dev.starling.engine.tensor.Q8_0Storage;
import dev.starling.engine.tensor.Storage;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * Converts between ggml's on-disk tensor bytes and engine storages. F32, F16, BF16, Q8_0 and Q4_0
 * keep their precision (Q8_0/Q4_0 blocks are split into a scale array and a quant array, see
 * {@link Q8_0Storage}); Q4_K and Q6_K are dequantised to F32 by {@link KQuants}.
 */
final class TensorCodec {
    private TensorCodec() {
    }

    /** Decodes {@code n} elements of {@code type} from {@code data} (little-endian, positioned at 0). */
    static Optional<Storage> decode(GgmlType type, ByteBuffer data, int n) {
        ByteBuffer b = data.order(ByteOrder.LITTLE_ENDIAN);
        return Optional.ofNullable(switch (type) {
            case F32 -> {
                float[] a = new float[n];
                b.asFloatBuffer().get(a);
                yield new F32Storage(a);
            }
            case F16 -> new F16Storage(shorts(b, n));
            case BF16 -> new BF16Storage(shorts(b, n));
            case Q8_0 -> q8_0(b, n);
            case Q4_0 -> q4_0(b, n);
            case Q4_K -> new F32Storage(KQuants.dequantizeQ4K(b, n));
            case Q6_K -> new F32Storage(KQuants.dequantizeQ6K(b, n));
            default -> null;
        });
    }

    private static short[] shorts(ByteBuffer b, int n) {
        short[] a = new short[n];
        b.asShortBuffer().get(a);
        return a;
    }

    private static Q8_0Storage q8_0(ByteBuffer b, int n) {
        int blocks = n / Q8_0Storage.BLOCK;
        short[] d = new short[blocks];
        byte[] q = new byte[n];
        for (int k = 0; k < blocks; k++) {
            d[k] = b.getShort();
            b.get(q, k * Q8_0Storage.BLOCK, Q8_0Storage.BLOCK);
        }
        return new Q8_0Storage(d, q);
    }

    private static Q4_0Storage q4_0(ByteBuffer b, int n) {
        int blocks = n / Q4_0Storage.BLOCK;
        int half = Q4_0Storage.BLOCK / 2;
        short[] d = new short[blocks];
        byte[] q = new byte[n / 2];
        for (int k = 0; k < blocks; k++) {
            d[k] = b.getShort();
            b.get(q, k * half, half);
        }
        return new Q4_0Storage(d, q);
    }

    /** The ggml type a storage is written as. */
    static GgmlType typeOf(Storage s) {
        return switch (s) {
            case F32Storage x -> GgmlType.F32;
            case F16Storage x -> GgmlType.F16;
            case BF16Storage x -> GgmlType.BF16;
            case Q8_0Storage x -> GgmlType.Q8_0;
            case Q4_0Storage x -> GgmlType.Q4_0;
            case I8Storage x -> throw new IllegalArgumentException(
                    "I8 storage with per-block float scales has no GGUF type; quantise to Q8_0 instead");
        };
    }

    /** The ggml bytes of a storage. */
    static byte[] encode(Storage s) {
        GgmlType type = typeOf(s);
        long size = type.byteSize(s.length());
        if (size < 0 || size > HeaderReader.MAX_ARRAY) {
            throw new IllegalArgumentException("cannot encode " + s.length() + " elements as " + type);
        }
        ByteBuffer b = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
        switch (s) {
            case F32Storage x -> b.asFloatBuffer().put(x.array());
            case F16Storage x -> b.asShortBuffer().put(x.bits());
            case BF16Storage x -> b.asShortBuffer().put(x.bits());
            case Q8_0Storage x -> blocks(b, x.scales(), x.quants(), Q8_0Storage.BLOCK);
            case Q4_0Storage x -> blocks(b, x.scales(), x.nibbles(), Q4_0Storage.BLOCK / 2);
            case I8Storage x -> throw new IllegalStateException("rejected by typeOf");
        }
        return b.array();
    }

    /** Interleaves scale k with quant bytes [k·per, (k+1)·per) into ggml blocks. */
    private static void blocks(ByteBuffer b, short[] scales, byte[] quants, int per) {
        for (int k = 0; k < scales.length; k++) {
            b.putShort(scales[k]);
            b.put(quants, k * per, per);
        }
    }
}
