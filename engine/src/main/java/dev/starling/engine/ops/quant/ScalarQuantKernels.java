package dev.starling.engine.ops.quant;

import dev.starling.engine.tensor.F32Storage;
import dev.starling.engine.tensor.Q4_0Storage;
import dev.starling.engine.tensor.Q8_0Storage;
import dev.starling.engine.tensor.Storage;

/**
 * The reference: plain loops in the order ggml's scalar code uses (per block, sum q·x, then scale by
 * d), single-threaded. Other storages go through {@link Storage#getFloat}.
 */
final class ScalarQuantKernels implements QuantKernels {
    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void matvec(Storage w, int rows, int cols, float[] x, int xOff, float[] y, int yOff) {
        QuantKernels.check(w, rows, cols, x, xOff, y, yOff);
        for (int r = 0; r < rows; r++) {
            y[yOff + r] = switch (w) {
                case Q8_0Storage q -> dotQ8_0(q, r, cols, x, xOff);
                case Q4_0Storage q -> dotQ4_0(q, r, cols, x, xOff);
                case F32Storage f -> dotF32(f.array(), (long) r * cols, cols, x, xOff);
                default -> dotAny(w, (long) r * cols, cols, x, xOff);
            };
        }
    }

    /** Σ over blocks b of row r: d_b · Σ_j q[b, j] · x[32b + j]. */
    static float dotQ8_0(Q8_0Storage w, int r, int cols, float[] x, int xOff) {
        int blocks = cols / Q8_0Storage.BLOCK;
        byte[] q = w.quants();
        float sum = 0;
        for (int b = 0; b < blocks; b++) {
            int block = r * blocks + b;
            int qo = block * Q8_0Storage.BLOCK;
            int xo = xOff + b * Q8_0Storage.BLOCK;
            float s = 0;
            for (int j = 0; j < Q8_0Storage.BLOCK; j++) {
                s += q[qo + j] * x[xo + j];
            }
            sum += s * w.scale(block);
        }
        return sum;
    }

    /** Σ over blocks b: d_b · Σ_j (q[b, j] − 8) · x[32b + j], low nibbles j < 16, high nibbles j ≥ 16. */
    static float dotQ4_0(Q4_0Storage w, int r, int cols, float[] x, int xOff) {
        int blocks = cols / Q4_0Storage.BLOCK;
        byte[] nib = w.nibbles();
        float sum = 0;
        for (int b = 0; b < blocks; b++) {
            int block = r * blocks + b;
            int no = block * (Q4_0Storage.BLOCK / 2);
            int xo = xOff + b * Q4_0Storage.BLOCK;
            float s = 0;
            for (int j = 0; j < Q4_0Storage.BLOCK / 2; j++) {
                s += ((nib[no + j] & 0xf) - 8) * x[xo + j];
                s += (((nib[no + j] >> 4) & 0xf) - 8) * x[xo + 16 + j];
            }
            sum += s * w.scale(block);
        }
        return sum;
    }

    static float dotF32(float[] w, long from, int cols, float[] x, int xOff) {
        float s = 0;
        int o = Math.toIntExact(from);
        for (int c = 0; c < cols; c++) {
            s += w[o + c] * x[xOff + c];
        }
        return s;
    }

    private static float dotAny(Storage w, long from, int cols, float[] x, int xOff) {
        float s = 0;
        for (int c = 0; c < cols; c++) {
            s += w.getFloat(from + c) * x[xOff + c];
        }
        return s;
    }
}
