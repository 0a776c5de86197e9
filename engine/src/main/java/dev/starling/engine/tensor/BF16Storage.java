package dev.starling.engine.tensor;

/** bfloat16 elements: the upper 16 bits of a float32. Written with round-to-nearest-even. */
public record BF16Storage(short[] bits) implements Storage {
    @Override
    public DType dtype() {
        return DType.BF16;
    }

    @Override
    public long length() {
        return bits.length;
    }

    @Override
    public float getFloat(long index) {
        return Float.intBitsToFloat((bits[(int) index] & 0xffff) << 16);
    }

    @Override
    public void setFloat(long index, float value) {
        bits[(int) index] = toBf16(value);
    }

    /** Rounds a float to the nearest bfloat16 (ties to even); NaN stays NaN. */
    public static short toBf16(float value) {
        int x = Float.floatToRawIntBits(value);
        if (Float.isNaN(value)) {
            return (short) ((x >>> 16) | 0x40);
        }
        int rounding = 0x7fff + ((x >>> 16) & 1);
        return (short) ((x + rounding) >>> 16);
    }
}
