package dev.starling.engine.format.gguf;

import dev.starling.engine.tensor.Shape;

import java.util.Arrays;

/**
 * One tensor's entry in a GGUF header.
 *
 * @param name tensor name, e.g. {@code blk.0.attn_q.weight}
 * @param dims dimensions in GGUF (ggml) order: {@code dims[0]} is the innermost, contiguous one
 *        (ggml's ne[0]); a [rows, cols] matrix is stored as {@code dims = {cols, rows}}
 * @param type element type
 * @param offset byte offset of the data relative to the start of the data section
 */
public record GgufTensorInfo(String name, long[] dims, GgmlType type, long offset) {
    public GgufTensorInfo {
        dims = dims.clone();
    }

    @Override
    public long[] dims() {
        return dims.clone();
    }

    /** Number of elements (the header parser has checked it does not overflow). */
    public long elements() {
        long n = 1;
        for (long d : dims) {
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    /** Bytes of data. */
    public long byteSize() {
        return type.byteSize(elements());
    }

    /** The engine shape: GGUF dims reversed (outermost first), e.g. {@code [rows, cols]}. */
    public Shape shape() {
        long[] rev = new long[dims.length];
        for (int k = 0; k < dims.length; k++) {
            rev[k] = dims[dims.length - 1 - k];
        }
        return Shape.ofLongs(rev);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GgufTensorInfo t && name.equals(t.name) && Arrays.equals(dims, t.dims)
                && type == t.type && offset == t.offset;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(dims);
    }

    @Override
    public String toString() {
        return name + " " + type + " " + Arrays.toString(dims) + " @" + offset;
    }
}
