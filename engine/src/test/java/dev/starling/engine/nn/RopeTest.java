package dev.starling.engine.nn;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RoPE against a naive reference: each pair is the complex number (a + ib)·e^(i·pos·θ_j). */
class RopeTest {
    @Test
    void halfPairingRotatesIAndIPlusHalfAsComplexNumbers() {
        check(Rope.Pairing.HALF);
    }

    @Test
    void adjacentPairingRotatesNeighbours() {
        check(Rope.Pairing.ADJACENT);
    }

    private static void check(Rope.Pairing pairing) {
        int d = 16;
        int heads = 3;
        double theta = 500_000;
        Rope rope = new Rope(d, theta, pairing, null);
        SplittableRandom r = new SplittableRandom(7);
        int rows = 5;
        int pos0 = 1234;
        float[] x = new float[rows * heads * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (r.nextDouble() * 2 - 1);
        }
        float[] y = x.clone();
        rope.apply(y, rows, heads * d, heads, pos0);
        for (int t = 0; t < rows; t++) {
            for (int h = 0; h < heads; h++) {
                for (int j = 0; j < d / 2; j++) {
                    int base = t * heads * d + h * d;
                    int a = base + (pairing == Rope.Pairing.HALF ? j : 2 * j);
                    int b = base + (pairing == Rope.Pairing.HALF ? j + d / 2 : 2 * j + 1);
                    double angle = (pos0 + t) * Math.pow(theta, -2.0 * j / d);
                    double re = x[a] * Math.cos(angle) - x[b] * Math.sin(angle);
                    double im = x[a] * Math.sin(angle) + x[b] * Math.cos(angle);
                    assertEquals(re, y[a], 1e-5);
                    assertEquals(im, y[b], 1e-5);
                }
            }
        }
    }

    @Test
    void scoresDependOnlyOnRelativePosition() {
        int d = 8;
        Rope rope = new Rope(d, 10_000, Rope.Pairing.HALF, null);
        float[] q = {1, 2, 3, 4, 5, 6, 7, 8};
        float[] k = {8, -7, 6, -5, 4, -3, 2, -1};
        assertEquals(dot(rope, q, 3, k, 1), dot(rope, q, 103, k, 101), 1e-3);
    }

    @Test
    void llama3ScalingKeepsHighFrequenciesAndDividesLowOnes() {
        double[] f = Rope.llama3Factors(128, 500_000, 8, 1, 4, 8192);
        assertEquals(1.0, f[0], 0);
        assertEquals(8.0, f[63], 0);
        for (int i = 1; i < f.length; i++) {
            assertTrue(f[i] >= f[i - 1], "factors grow with wavelength");
        }
        assertTrue(f[40] > 1 || f[50] > 1);
    }

    private static double dot(Rope rope, float[] q, int pq, float[] k, int pk) {
        float[] a = q.clone();
        float[] b = k.clone();
        rope.apply(a, 1, a.length, 1, pq);
        rope.apply(b, 1, b.length, 1, pk);
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
