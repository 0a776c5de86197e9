package dev.starling.engine.format.gguf;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Reads and writes GGUF metadata values (scalars and arrays) in their little-endian encoding. */
final class ValueCodec {
    private ValueCodec() {
    }

    static GgufValue read(HeaderReader in, String key, GgufValueType type) throws IOException {
        if (type != GgufValueType.ARRAY) {
            return GgufValue.of(type, scalar(in, key, type));
        }
        long at = in.position();
        GgufValueType element = GgufValueType.byId(Integer.toUnsignedLong(in.i32("element type of '" + key + "'")))
                .orElseThrow(() -> in.error("array '" + key + "' has an unknown element type at offset " + at));
        if (element == GgufValueType.ARRAY) {
            throw in.error("array '" + key + "' holds arrays; nested GGUF arrays are not supported");
        }
        // A string element takes at least its 8-byte length.
        int n = in.count("length of array '" + key + "'", element == GgufValueType.STRING ? 8 : element.bytes());
        return GgufValue.array(element, array(in, key, element, n));
    }

    private static Object scalar(HeaderReader in, String key, GgufValueType type) throws IOException {
        String what = "value of '" + key + "'";
        return switch (type) {
            case UINT8, INT8 -> (byte) in.u8(what);
            case UINT16, INT16 -> in.i16(what);
            case UINT32, INT32 -> in.i32(what);
            case UINT64, INT64 -> in.i64(what);
            case FLOAT32 -> Float.intBitsToFloat(in.i32(what));
            case FLOAT64 -> Double.longBitsToDouble(in.i64(what));
            case BOOL -> bool(in, key, in.u8(what));
            case STRING -> in.string(what);
            case ARRAY -> throw new IllegalStateException("arrays are read by read()");
        };
    }

    private static boolean bool(HeaderReader in, String key, int b) {
        if (b > 1) {
            throw in.error("BOOL '" + key + "' holds " + b + ", not 0 or 1");
        }
        return b == 1;
    }

    private static Object array(HeaderReader in, String key, GgufValueType element, int n) throws IOException {
        String what = "array '" + key + "'";
        if (element == GgufValueType.STRING) {
            String[] out = new String[n];
            for (int k = 0; k < n; k++) {
                out[k] = in.string(what + " element " + k);
            }
            return out;
        }
        // count() has checked n · element.bytes() against the bytes left, so this fits an int… per element width.
        long bytes = (long) n * element.bytes();
        if (bytes > HeaderReader.MAX_ARRAY) {
            throw in.error(what + " of " + n + " " + element + " values is larger than 2 GiB");
        }
        ByteBuffer b = GgufHeader.le(in.bytes((int) bytes, what));
        return switch (element) {
            case UINT8, INT8, BOOL -> b.array();
            case UINT16, INT16 -> fill(new short[n], b);
            case UINT32, INT32 -> fill(new int[n], b);
            case UINT64, INT64 -> fill(new long[n], b);
            case FLOAT32 -> fill(new float[n], b);
            case FLOAT64 -> fill(new double[n], b);
            case STRING, ARRAY -> throw new IllegalStateException("handled above");
        };
    }

    private static short[] fill(short[] a, ByteBuffer b) {
        b.asShortBuffer().get(a);
        return a;
    }

    private static int[] fill(int[] a, ByteBuffer b) {
        b.asIntBuffer().get(a);
        return a;
    }

    private static long[] fill(long[] a, ByteBuffer b) {
        b.asLongBuffer().get(a);
        return a;
    }

    private static float[] fill(float[] a, ByteBuffer b) {
        b.asFloatBuffer().get(a);
        return a;
    }

    private static double[] fill(double[] a, ByteBuffer b) {
        b.asDoubleBuffer().get(a);
        return a;
    }

    /** Appends the encoding of {@code v} (without its key and type tag). */
    static void write(LeOutput out, GgufValue v) throws IOException {
        if (!v.isArray()) {
            writeScalar(out, v.type(), v.value());
            return;
        }
        out.i32(v.elementType().id());
        out.i64(v.length());
        switch (v.value()) {
            case byte[] a -> out.bytes(a);
            case short[] a -> { for (short x : a) out.i16(x); }
            case int[] a -> { for (int x : a) out.i32(x); }
            case long[] a -> { for (long x : a) out.i64(x); }
            case float[] a -> { for (float x : a) out.i32(Float.floatToRawIntBits(x)); }
            case double[] a -> { for (double x : a) out.i64(Double.doubleToRawLongBits(x)); }
            case String[] a -> { for (String x : a) out.string(x); }
            default -> throw new IllegalArgumentException("not a GGUF array: " + v.value().getClass());
        }
    }

    private static void writeScalar(LeOutput out, GgufValueType type, Object value) throws IOException {
        switch (value) {
            case Byte b -> out.bytes(new byte[] {b});
            case Short s -> out.i16(s);
            case Integer i -> out.i32(i);
            case Long l -> out.i64(l);
            case Float f -> out.i32(Float.floatToRawIntBits(f));
            case Double d -> out.i64(Double.doubleToRawLongBits(d));
            case Boolean b -> out.bytes(new byte[] {(byte) (b ? 1 : 0)});
            case String s -> out.string(s);
            default -> throw new IllegalArgumentException("not a GGUF " + type + ": " + value.getClass());
        }
    }
}
