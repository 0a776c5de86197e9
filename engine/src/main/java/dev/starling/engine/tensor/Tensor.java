package dev.starling.engine.tensor;

import java.util.Arrays;
import java.util.Objects;

/**
 * A tensor is a {@link Shape} plus a {@link Storage}; nothing else. Views (reshape) share the
 * storage. Gradients are not a field here: the autograd tape pairs tensors with their gradients,
 * so inference code pays nothing for training support.
 */
public final class Tensor {
    private final Shape shape;
    private final Storage storage;

    public Tensor(Shape shape, Storage storage) {
        this.shape = Objects.requireNonNull(shape);
        this.storage = Objects.requireNonNull(storage);
        if (shape.size() != storage.length()) {
            throw new IllegalArgumentException("shape " + shape + " has " + shape.size()
                    + " elements but storage has " + storage.length());
        }
    }

    /** A float32 tensor of zeros. */
    public static Tensor zeros(int... dims) {
        Shape s = Shape.of(dims);
        return new Tensor(s, new F32Storage(new float[Math.toIntExact(s.size())]));
    }

    /** Wraps (does not copy) a float array. */
    public static Tensor of(float[] data, int... dims) {
        return new Tensor(Shape.of(dims), new F32Storage(data));
    }

    public Shape shape() {
        return shape;
    }

    public Storage storage() {
        return storage;
    }

    public DType dtype() {
        return storage.dtype();
    }

    public int dim(int axis) {
        return shape.dim(axis);
    }

    public int rank() {
        return shape.rank();
    }

    public long size() {
        return shape.size();
    }

    /** The backing float array; only for float32 tensors. */
    public float[] f32() {
        if (storage instanceof F32Storage f) {
            return f.array();
        }
        throw new IllegalStateException("tensor is " + storage.dtype() + ", not F32; call toF32() first");
    }

    /** This tensor in float32 (itself when already float32). */
    public Tensor toF32() {
        return storage instanceof F32Storage ? this : new Tensor(shape, storage.toF32());
    }

    /** A view with another shape of the same size, sharing storage. */
    public Tensor reshape(int... dims) {
        return new Tensor(Shape.of(dims), storage);
    }

    public float get(int... idx) {
        return storage.getFloat(shape.index(idx));
    }

    public void set(float v, int... idx) {
        storage.setFloat(shape.index(idx), v);
    }

    /** Rank-2 transpose into a new float32 tensor: [R, C] → [C, R]. */
    public Tensor transpose2d() {
        if (rank() != 2) {
            throw new IllegalStateException("transpose2d needs rank 2, got " + shape);
        }
        int r = dim(0);
        int c = dim(1);
        float[] out = new float[r * c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                out[j * r + i] = storage.getFloat((long) i * c + j);
            }
        }
        return Tensor.of(out, c, r);
    }

    @Override
    public String toString() {
        return "Tensor" + shape + " " + dtype();
    }

    /** Equal shapes and element-wise equal float values (bitwise for NaN-free data). */
    public boolean contentEquals(Tensor o) {
        if (!shape.equals(o.shape) || dtype() != o.dtype()) {
            return false;
        }
        if (storage instanceof F32Storage a && o.storage instanceof F32Storage b) {
            return Arrays.equals(a.array(), b.array());
        }
        for (long k = 0; k < size(); k++) {
            if (Float.floatToIntBits(storage.getFloat(k)) != Float.floatToIntBits(o.storage.getFloat(k))) {
                return false;
            }
        }
        return true;
    }
}
