package dev.starling.engine.tensor;

/**
 * ggml's Q8_0 block quantisation, kept as two parallel arrays instead of ggml's interleaved
 * 34-byte blocks so that kernels can load the int8 quants straight into vectors: block b covers
 * elements [32b, 32b + 32); value[i] = quants[i] · f16(scales[i / 32]). Read-only: re-quantising one
 * element would silently change its neighbours' error, so build a new storage with {@code Q8_0.quantize}.
 *
 * @param scales one IEEE binary16 scale d per block (bits), [n / 32]
 * @param quants the int8 quants q, [n]
 */
public record Q8_0Storage(short[] scales, byte[] quants) implements Storage {
    /** Elements per block (ggml's QK8_0). */
    public static final int BLOCK = 32;

    public Q8_0Storage {
        if (quants.length % BLOCK != 0 || scales.length != quants.length / BLOCK) {
            throw new IllegalArgumentException("Q8_0 needs a multiple of 32 quants and one scale per 32, got "
                    + quants.length + " quants and " + scales.length + " scales");
        }
    }

    @Override
    public DType dtype() {
        return DType.Q8_0;
    }

    @Override
    public long length() {
        return quants.length;
    }

    /** The scale of block {@code b} as a float. */
    public float scale(int b) {
        return Float.float16ToFloat(scales[b]);
    }

    @Override
    public float getFloat(long index) {
        int i = (int) index;
        return quants[i] * scale(i / BLOCK);
    }

    @Override
    public void setFloat(long index, float value) {
        throw new UnsupportedOperationException("Q8_0 storage is read-only; quantise a float array instead");
    }
}
