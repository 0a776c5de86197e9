package dev.starling.engine.tensor;

/**
 * Flat element storage behind a {@link Tensor}. One implementation per {@link DType}; every
 * storage can be read as float, which is what the reference kernels and the tests rely on.
 * Fast kernels reach into the concrete class (e.g. {@link F32Storage#array()}).
 */
public sealed interface Storage permits F32Storage, F16Storage, BF16Storage, I8Storage, Q8_0Storage, Q4_0Storage {
    DType dtype();

    /** Number of elements. */
    long length();

    float getFloat(long index);

    void setFloat(long index, float value);

    /** A float32 copy (or this storage itself when it already is float32). */
    default F32Storage toF32() {
        float[] out = new float[Math.toIntExact(length())];
        for (int k = 0; k < out.length; k++) {
            out[k] = getFloat(k);
        }
        return new F32Storage(out);
    }
}
