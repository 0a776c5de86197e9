package dev.starling.engine.tensor;

/** Float32 elements in a Java array (the kernels' working type). */
public record F32Storage(float[] array) implements Storage {
    @Override
    public DType dtype() {
        return DType.F32;
    }

    @Override
    public long length() {
        return array.length;
    }

    @Override
    public float getFloat(long index) {
        return array[(int) index];
    }

    @Override
    public void setFloat(long index, float value) {
        array[(int) index] = value;
    }

    @Override
    public F32Storage toF32() {
        return this;
    }
}
