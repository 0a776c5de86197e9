package dev.starling.engine.format.onnx;

import dev.starling.engine.format.WeightFormatException;

import java.nio.charset.StandardCharsets;

/**
 * A bounds-checked reader of the protobuf wire format over a byte array slice: just enough to
 * walk ONNX messages (varints, length-delimited fields, fixed32/fixed64). Every read checks the
 * slice end, so a truncated file fails with a {@link WeightFormatException} naming the source.
 */
final class ProtoReader {
    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LEN = 2;
    static final int FIXED32 = 5;

    private final byte[] buf;
    private final String source;
    private int pos;
    private final int end;
    private int field;
    private int wireType;

    ProtoReader(byte[] buf, int from, int to, String source) {
        this.buf = buf;
        this.pos = from;
        this.end = to;
        this.source = source;
    }

    /** Advances to the next field; false at the end of the slice. */
    boolean next() {
        if (pos >= end) {
            return false;
        }
        long key = varint();
        field = (int) (key >>> 3);
        wireType = (int) (key & 7);
        if (field <= 0) {
            throw error("invalid field number " + field);
        }
        return true;
    }

    int field() {
        return field;
    }

    int wireType() {
        return wireType;
    }

    long varint() {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= end) {
                throw error("truncated varint");
            }
            byte b = buf[pos++];
            result |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return result;
            }
        }
        throw error("varint longer than 10 bytes");
    }

    /** The current length-delimited field as [from, to) offsets into the buffer; the reader moves past it. */
    int[] slice() {
        expect(LEN);
        long len = varint();
        if (len < 0 || len > end - pos) {
            throw error("field " + field + " claims " + len + " bytes but only " + (end - pos) + " remain (truncated file?)");
        }
        int from = pos;
        pos += (int) len;
        return new int[] {from, pos};
    }

    ProtoReader message() {
        int[] s = slice();
        return new ProtoReader(buf, s[0], s[1], source);
    }

    String string() {
        int[] s = slice();
        return new String(buf, s[0], s[1] - s[0], StandardCharsets.UTF_8);
    }

    float fixed32Float() {
        expect(FIXED32);
        need(4);
        int v = (buf[pos] & 0xff) | (buf[pos + 1] & 0xff) << 8 | (buf[pos + 2] & 0xff) << 16 | (buf[pos + 3] & 0xff) << 24;
        pos += 4;
        return Float.intBitsToFloat(v);
    }

    /** Reads a repeated int64 field, packed or not, appending to {@code out}. */
    void int64s(LongList out) {
        if (wireType == LEN) {
            int[] s = slice();
            ProtoReader r = new ProtoReader(buf, s[0], s[1], source);
            while (r.pos < r.end) {
                out.add(r.varint());
            }
        } else {
            expect(VARINT);
            out.add(varint());
        }
    }

    /** Skips the current field's value. */
    void skip() {
        switch (wireType) {
            case VARINT -> varint();
            case FIXED64 -> {
                need(8);
                pos += 8;
            }
            case LEN -> slice();
            case FIXED32 -> {
                need(4);
                pos += 4;
            }
            default -> throw error("unsupported wire type " + wireType + " (field " + field + ")");
        }
    }

    byte[] buffer() {
        return buf;
    }

    String source() {
        return source;
    }

    private void need(int n) {
        if (end - pos < n) {
            throw error("truncated field " + field);
        }
    }

    private void expect(int type) {
        if (wireType != type) {
            throw error("field " + field + " has wire type " + wireType + ", expected " + type);
        }
    }

    WeightFormatException error(String msg) {
        return new WeightFormatException(source, "malformed ONNX protobuf at byte " + pos + ": " + msg);
    }

    /** A growable list of longs (ONNX dims and int64 data). */
    static final class LongList {
        private long[] a = new long[8];
        private int n;

        void add(long v) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
