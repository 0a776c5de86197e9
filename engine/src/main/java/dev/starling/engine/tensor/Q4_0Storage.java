package dev.starling.engine.tensor;

/**
 * ggml's Q4_0 block quantisation as two parallel arrays (scales apart from nibbles). Block b covers
 * elements [32b, 32b + 32) and owns bytes [16b, 16b + 16) of {@code nibbles}; as in ggml, byte j's
 * low nibble is element j and its high nibble element j + 16 of the block. value = (q − 8) · d.
 * Read-only, like {@link Q8_0Storage}.
 *
 * @param scales one IEEE binary16 scale d per block (bits), [n / 32]
 * @param nibbles two unsigned 4-bit quants per byte, [n / 2]
 */
public record Q4_0Storage(short[] scales, byte[] nibbles) implements Storage {
    /** Elements per block (ggml's QK4_0). */
    public static final int BLOCK = 32;

    public Q4_0Storage {
        if (nibbles.length % (BLOCK / 2) != 0 || scales.length != nibbles.length / (BLOCK / 2)) {
            throw new IllegalArgumentException("Q4_0 needs 16 nibble bytes and one scale per block, got "
                    + nibbles.length + " bytes and " + scales.length + " scales");
        }
    }

    @Override
    public DType dtype() {
        return DType.Q4_0;
    }

    @Override
    public long length() {
        return (long) nibbles.length * 2;
    }

    /** The scale of block {@code b} as a float. */
    public float scale(int b) {
        return Float.float16ToFloat(scales[b]);
    }

    /** The unsigned 4-bit quant q (0..15) of element {@code i}. */
    public int quant(int i) {
        int b = i / BLOCK;
        int j = i % BLOCK;
        int packed = nibbles[b * (BLOCK / 2) + (j & 15)];
        return j < 16 ? packed & 0xf : (packed >> 4) & 0xf;
    }

    @Override
    public float getFloat(long index) {
        int i = (int) index;
        return (quant(i) - 8) * scale(i / BLOCK);
    }

    @Override
    public void setFloat(long index, float value) {
        throw new UnsupportedOperationException("Q4_0 storage is read-only; quantise a float array instead");
    }

    /**
     * Quantises {@code x} (length a multiple of 32) exactly as ggml's {@code quantize_row_q4_0_ref}:
     * the value of largest magnitude {@code max} (first one on ties) gives d = max / −8, so it maps to
     * q = 0; q = min(15, (int8) (x · (1/d) + 8.5)) truncated toward zero; d stored as f16. Byte-identical
     * to ggml built without FMA contraction (a build that fuses x·id + 8.5 differs in ~2 of 10,000
     * blocks by one quant); see GgmlQuantizerParityTest.
     */
    public static Q4_0Storage quantize(float[] x) {
        if (x.length % BLOCK != 0) {
            throw new IllegalArgumentException("Q4_0 needs a multiple of 32 values, got " + x.length);
        }
        short[] scales = new short[x.length / BLOCK];
        byte[] nibbles = new byte[x.length / 2];
        for (int b = 0; b < scales.length; b++) {
            int o = b * BLOCK;
            float amax = 0;
            float max = 0;
            for (int j = 0; j < BLOCK; j++) {
                if (amax < Math.abs(x[o + j])) {
                    amax = Math.abs(x[o + j]);
                    max = x[o + j];
                }
            }
            float d = max / -8;
            float id = d != 0 ? 1.0f / d : 0.0f;
            scales[b] = Float.floatToFloat16(d);
            for (int j = 0; j < BLOCK / 2; j++) {
                int lo = Math.min(15, (int) (x[o + j] * id + 8.5f));
                int hi = Math.min(15, (int) (x[o + BLOCK / 2 + j] * id + 8.5f));
                nibbles[b * (BLOCK / 2) + j] = (byte) (lo | hi << 4);
            }
        }
        return new Q4_0Storage(scales, nibbles);
    }
}
