package dev.starling.engine.ops;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Q8MatrixTest {
    @Test
    void quantisationErrorIsAtMostHalfAStepPerWeight() {
        float[] w = random(37 * 96, 1);
        Q8Matrix m = Q8Matrix.quantize(w, 37, 96);
        for (int o = 0; o < 37; o++) {
            for (int b = 0; b < 3; b++) {
                float amax = 0;
                for (int i = 0; i < 32; i++) {
                    amax = Math.max(amax, Math.abs(w[o * 96 + b * 32 + i]));
                }
                float step = amax / 127f;
                for (int i = 0; i < 32; i++) {
                    int c = b * 32 + i;
                    assertEquals(w[o * 96 + c], m.get(o, c), step * 0.57, "half a step, plus 127 · the float16 rounding of d (≤ 2⁻¹¹ relative): row " + o + " col " + c);
                }
            }
        }
        assertEquals(37 * 96 + 4 * 37 * 3, m.bytes());
    }

    @Test
    void vectorKernelEqualsTheNaiveTwin() {
        int in = 160;
        // row counts below, at and around the groups of four, and one spanning several chunks; 1–3 threads
        for (int out : new int[] {3, 4, 70, 129, 1029}) {
            Q8Matrix m = Q8Matrix.quantize(random(out * in, 2), out, in);
            for (int threads = 1; threads <= 3; threads++) {
                for (int rows : new int[] {1, 3, 4, 9}) { // from 4 rows on: the dequantised 4 × 4 tiles
                    float[] x = random(rows * in, 3);
                    float[] fast = new float[rows * out];
                    float[] slow = new float[rows * out];
                    m.multiply(Parallel.of(threads), x, rows, fast);
                    m.multiplyScalar(x, rows, slow);
                    for (int i = 0; i < fast.length; i++) {
                        assertEquals(slow[i], fast[i], 1e-4 * (1 + Math.abs(slow[i])),
                                out + " rows, " + threads + " threads, element " + i);
                    }
                }
            }
        }
    }

    @Test
    void anyRangeOfRowsEqualsTheNaiveTwinAndLeavesTheOtherRowsAlone() {
        int in = 96;
        for (int out : new int[] {3, 13, 70}) { // a tail after the groups of four, and none
            Q8Matrix m = Q8Matrix.quantize(random(out * in, 4), out, in);
            float[] x = random(in, 5);
            float[] slow = new float[out];
            m.multiplyScalar(x, 1, slow);
            for (int from = 0; from <= out; from++) {
                for (int to = from; to <= out; to++) { // bounds inside groups, on them, in the tail
                    float[] y = new float[out];
                    java.util.Arrays.fill(y, Float.NaN);
                    m.multiplyRows(x, y, from, to);
                    for (int o = 0; o < out; o++) {
                        if (o >= from && o < to) {
                            assertEquals(slow[o], y[o], 1e-4 * (1 + Math.abs(slow[o])), out + " rows, [" + from + ", " + to + "), row " + o);
                        } else {
                            assertTrue(Float.isNaN(y[o]), "row " + o + " outside [" + from + ", " + to + ") was written");
                        }
                    }
                }
            }
        }
        Q8Matrix m = Q8Matrix.quantize(random(8 * 32, 6), 8, 32);
        assertThrows(IllegalArgumentException.class, () -> m.multiplyRows(new float[32], new float[8], 5, 9));
        assertThrows(IllegalArgumentException.class, () -> m.multiplyRows(new float[32], new float[8], 5, 4));
    }

    @Test
    void multiplyAllEqualsEachMatrixAlone() {
        int in = 256; // 206 groups of four rows: 212 KB, shared out over the threads in 32 KB chunks
        int[] outs = {700, 3, 129, 4};
        Q8Matrix[] ws = new Q8Matrix[outs.length];
        for (int i = 0; i < outs.length; i++) {
            ws[i] = Q8Matrix.quantize(random(outs[i] * in, 10 + i), outs[i], in);
        }
        for (int threads = 1; threads <= 3; threads++) {
            for (int rows : new int[] {1, 2, 6}) {
                float[] x = random(rows * in, 4);
                float[][] ys = new float[outs.length][];
                for (int i = 0; i < outs.length; i++) {
                    ys[i] = new float[rows * outs[i]];
                }
                Q8Matrix.multiplyAll(Parallel.of(threads), x, rows, ws, ys);
                for (int i = 0; i < outs.length; i++) {
                    float[] slow = new float[rows * outs[i]];
                    ws[i].multiplyScalar(x, rows, slow);
                    for (int e = 0; e < slow.length; e++) {
                        assertEquals(slow[e], ys[i][e], 1e-4 * (1 + Math.abs(slow[e])),
                                "matrix " + i + ", " + threads + " threads, element " + e);
                    }
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Q8Matrix.multiplyAll(Parallel.sequential(), new float[256], 1,
                new Q8Matrix[] {ws[0], Q8Matrix.quantize(new float[64], 2, 32)}, new float[][] {new float[700], new float[2]}));
    }

    @Test
    void zeroBlocksAndBadShapes() {
        Q8Matrix z = Q8Matrix.quantize(new float[64], 2, 32);
        assertEquals(0f, z.get(1, 31));
        assertThrows(IllegalArgumentException.class, () -> Q8Matrix.quantize(new float[40], 1, 40));
        assertTrue(z.bytes() > 0);
    }

    static float[] random(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) (r.nextDouble() * 2 - 1);
        }
        return out;
    }
}
