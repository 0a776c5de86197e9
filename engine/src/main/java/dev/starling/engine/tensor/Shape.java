package dev.starling.engine.tensor;

import java.util.Arrays;

/** An immutable tensor shape, outermost dimension first (row-major), e.g. {@code [B, T, C]}. */
public final class Shape {
    private final int[] dims;
    private final long size;

    private Shape(int[] dims) {
        long n = 1;
        for (int d : dims) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in " + Arrays.toString(dims));
            }
            n = Math.multiplyExact(n, d);
        }
        this.dims = dims;
        this.size = n;
    }

    public static Shape of(int... dims) {
        return new Shape(dims.clone());
    }

    /** Converts long dimensions (as stored in ONNX and safetensors files), checking the int range. */
    public static Shape ofLongs(long... dims) {
        int[] d = new int[dims.length];
        for (int k = 0; k < dims.length; k++) {
            d[k] = Math.toIntExact(dims[k]);
        }
        return new Shape(d);
    }

    public int rank() {
        return dims.length;
    }

    public int dim(int axis) {
        return dims[axis < 0 ? dims.length + axis : axis];
    }

    /** Number of elements. */
    public long size() {
        return size;
    }

    public int[] dims() {
        return dims.clone();
    }

    /** Row-major flat index of a multi-index. */
    public long index(int... idx) {
        if (idx.length != dims.length) {
            throw new IllegalArgumentException("index rank " + idx.length + " != shape rank " + dims.length);
        }
        long flat = 0;
        for (int k = 0; k < dims.length; k++) {
            if (idx[k] < 0 || idx[k] >= dims[k]) {
                throw new IndexOutOfBoundsException("index " + Arrays.toString(idx) + " outside " + this);
            }
            flat = flat * dims[k] + idx[k];
        }
        return flat;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape s && Arrays.equals(dims, s.dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    @Override
    public String toString() {
        return Arrays.toString(dims);
    }
}
