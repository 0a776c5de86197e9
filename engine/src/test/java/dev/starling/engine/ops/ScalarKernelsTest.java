package dev.starling.engine.ops;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reference itself, against values computed by hand or from published tables. */
class ScalarKernelsTest {
    private final ScalarKernels k = new ScalarKernels();

    @Test
    void linearByHand() {
        // x = [[1, 2]], W = [[1, 2, 3], [4, 5, 6]], b = [0.5, 0, -1]  →  [9.5, 12, 14]
        float[] y = new float[3];
        k.linear(new float[] {1, 2}, 1, k.pack(new float[] {1, 2, 3, 4, 5, 6}, 2, 3), new float[] {0.5f, 0, -1}, Activation.NONE, y);
        assertArrayEquals(new float[] {9.5f, 12f, 14f}, y);
    }

    @Test
    void gemmTransposedByHand() {
        // A = [[1, 2]], B = [[3, 4], [5, 6]] (rows are columns of Bᵀ) → A·Bᵀ = [11, 17], × 2
        float[] c = new float[2];
        k.gemm(true, 1, 2, 2, 2f, new float[] {1, 2}, 0, 2, new float[] {3, 4, 5, 6}, 0, 2, c, 0, 2);
        assertArrayEquals(new float[] {22f, 34f}, c);
    }

    @Test
    void softmaxByHand() {
        float[] x = {0f, (float) Math.log(3)};
        k.softmax(x, 0, 1, 2, 2);
        assertEquals(0.25f, x[0], 1e-7);
        assertEquals(0.75f, x[1], 1e-7);
    }

    @Test
    void layerNormByHand() {
        // [1, 3]: mean 2, biased variance 1 → [-1, 1]
        float[] out = new float[2];
        k.layerNorm(new float[] {1, 3}, null, 1, 2, new float[] {1, 2}, new float[] {0, 1}, 0f, out);
        assertArrayEquals(new float[] {-1f, 3f}, out, 1e-7f);
    }

    @Test
    void erfAgainstTabulatedValues() {
        // Abramowitz & Stegun table 7.1 and erf(∞) = 1
        assertEquals(0.0, Erf.erf(0), 0);
        assertEquals(0.5204998778, Erf.erf(0.5), 1e-10);
        assertEquals(0.8427007929, Erf.erf(1.0), 1e-10);
        assertEquals(0.9953222650, Erf.erf(2.0), 1e-10);
        assertEquals(0.9999779095, Erf.erf(3.0), 1e-10);
        assertEquals(0.9999999846, Erf.erf(4.0), 1e-10);
        assertEquals(-0.8427007929, Erf.erf(-1.0), 1e-10);
        assertEquals(1.0, Erf.erf(30), 0);
    }

    @Test
    void geluByHand() {
        // GELU(1) = 0.5·(1 + erf(1/√2)) = 0.8413447461
        float[] x = {1f, 0f, -1f};
        k.gelu(x, 0, 3);
        assertEquals(0.8413447461f, x[0], 1e-7);
        assertEquals(0f, x[1], 0);
        assertEquals(-0.1586552539f, x[2], 1e-7);
    }
}
