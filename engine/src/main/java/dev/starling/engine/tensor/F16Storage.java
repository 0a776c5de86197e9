package dev.starling.engine.tensor;

/** IEEE 754 binary16 elements (as in F16 safetensors and GGUF files), widened to float on read. */
public record F16Storage(short[] bits) implements Storage {
    @Override
    public DType dtype() {
        return DType.F16;
    }

    @Override
    public long length() {
        return bits.length;
    }

    @Override
    public float getFloat(long index) {
        return Float.float16ToFloat(bits[(int) index]);
    }

    @Override
    public void setFloat(long index, float value) {
        bits[(int) index] = Float.floatToFloat16(value);
    }
}
