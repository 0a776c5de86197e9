package dev.starling.engine.tensor;

/**
 * Symmetric int8 quantised elements with one float scale per block of {@code blockSize}
 * consecutive elements: value = q × scale[block]. A block size of the row length gives
 * per-row (per-output-channel) quantisation.
 */
public record I8Storage(byte[] values, float[] scales, int blockSize) implements Storage {
    public I8Storage {
        if (blockSize <= 0 || (long) scales.length * blockSize < values.length) {
            throw new IllegalArgumentException("scales do not cover the values");
        }
    }

    @Override
    public DType dtype() {
        return DType.I8;
    }

    @Override
    public long length() {
        return values.length;
    }

    @Override
    public float getFloat(long index) {
        return values[(int) index] * scales[(int) (index / blockSize)];
    }

    @Override
    public void setFloat(long index, float value) {
        float s = scales[(int) (index / blockSize)];
        int q = s == 0 ? 0 : Math.round(value / s);
        values[(int) index] = (byte) Math.max(-127, Math.min(127, q));
    }

    /** Quantises floats with per-block absmax scaling. */
    public static I8Storage quantize(float[] x, int blockSize) {
        int blocks = (x.length + blockSize - 1) / blockSize;
        float[] scales = new float[blocks];
        byte[] q = new byte[x.length];
        for (int b = 0; b < blocks; b++) {
            int from = b * blockSize;
            int to = Math.min(x.length, from + blockSize);
            float max = 0;
            for (int k = from; k < to; k++) {
                max = Math.max(max, Math.abs(x[k]));
            }
            float s = max / 127f;
            scales[b] = s;
            for (int k = from; k < to; k++) {
                q[k] = (byte) (s == 0 ? 0 : Math.round(x[k] / s));
            }
        }
        return new I8Storage(q, scales, blockSize);
    }
}
