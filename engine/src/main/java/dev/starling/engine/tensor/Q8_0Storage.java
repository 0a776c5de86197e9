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

    /**
     * Quantises {@code x} (length a multiple of 32) exactly as ggml's {@code quantize_row_q8_0_ref}:
     * d = amax / 127 in float, q = roundf(x · (1/d)) (half away from zero), d stored as f16 rounded
     * to nearest even. Same input, same bytes as llama.cpp's quantiser.
     */
    public static Q8_0Storage quantize(float[] x) {
        if (x.length % BLOCK != 0) {
            throw new IllegalArgumentException("Q8_0 needs a multiple of 32 values, got " + x.length);
        }
        short[] scales = new short[x.length / BLOCK];
        byte[] quants = new byte[x.length];
        for (int b = 0; b < scales.length; b++) {
            float amax = 0;
            for (int j = 0; j < BLOCK; j++) {
                amax = Math.max(amax, Math.abs(x[b * BLOCK + j]));
            }
            float d = amax / 127;
            float id = d != 0 ? 1.0f / d : 0.0f;
            scales[b] = Float.floatToFloat16(d);
            for (int j = 0; j < BLOCK; j++) {
                quants[b * BLOCK + j] = (byte) roundHalfAway(x[b * BLOCK + j] * id);
            }
        }
        return new Q8_0Storage(scales, quants);
    }

    /** C's roundf: nearest integer, halves away from zero (Math.round would send −2.5 to −2). */
    static int roundHalfAway(float v) {
        return (int) Math.copySign(Math.floor(Math.abs((double) v) + 0.5), v);
    }
}
