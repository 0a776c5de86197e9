package dev.starling.engine.ops;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Q8Matrix}'s product for several activation rows at once (a prompt): each group of four
 * weight rows is dequantised once into a float scratch W_g [4, in] (L1-sized: 12 KB at 768
 * inputs), then multiplied with the activation rows four at a time as a 4 × 4 register tile of
 * float FMAs. Row by row ({@code dot4} per activation row) converts every int8 weight M times;
 * here once per M rows, so batched prompts cost about what a float32 product does.
 */
final class Q8Tiles {
    private static final VectorSpecies<Float> F = Q8Matrix.F;
    private static final VectorSpecies<Byte> B = Q8Matrix.B;
    private static final ThreadLocal<float[]> SCRATCH = ThreadLocal.withInitial(() -> new float[0]);

    private Q8Tiles() {
    }

    /**
     * y[r, 4g + i] = Σ_c W[4g + i, c] · x[r, c] for groups g in [g0, g1), every r in [0, m).
     * q is the interleaved layout of {@link Q8Matrix} (group g's block b of row i at ((g·blocks + b)·4 + i)·32).
     */
    static void groups(byte[] q, float[] scales, int in, int out, int g0, int g1, float[] x, int m, float[] y) {
        float[] w = scratch(4 * in);
        for (int g = g0; g < g1; g++) {
            dequantizeGroup(q, scales, in, g, w);
            int r = 0;
            for (; r + 4 <= m; r += 4) {
                tile4x4(w, in, x, r, y, out, 4 * g);
            }
            for (; r < m; r++) {
                tile4x1(w, in, x, r, y, out, 4 * g);
            }
        }
    }

    /** W_g [4, in] = d·q for the four rows of group g. */
    private static void dequantizeGroup(byte[] q, float[] scales, int in, int g, float[] w) {
        int blocks = in / Q8Matrix.BLOCK;
        for (int b = 0; b < blocks; b++) {
            for (int i = 0; i < 4; i++) {
                int src = ((g * blocks + b) * 4 + i) * Q8Matrix.BLOCK;
                float d = scales[(4 * g + i) * blocks + b];
                for (int j = 0; j < Q8Matrix.BLOCK; j += F.length()) {
                    ((FloatVector) ByteVector.fromArray(B, q, src + j).castShape(F, 0)).mul(d)
                            .intoArray(w, i * in + b * Q8Matrix.BLOCK + j);
                }
            }
        }
    }

    /** y[r … r+3, o … o+3] = x[r … r+3] · W_gᵀ: sixteen independent accumulators. */
    private static void tile4x4(float[] w, int in, float[] x, int r, float[] y, int out, int o) {
        FloatVector c00 = FloatVector.zero(F), c01 = c00, c02 = c00, c03 = c00, c10 = c00, c11 = c00, c12 = c00, c13 = c00;
        FloatVector c20 = c00, c21 = c00, c22 = c00, c23 = c00, c30 = c00, c31 = c00, c32 = c00, c33 = c00;
        int x0 = r * in;
        for (int c = 0; c < in; c += F.length()) {
            FloatVector w0 = FloatVector.fromArray(F, w, c);
            FloatVector w1 = FloatVector.fromArray(F, w, in + c);
            FloatVector w2 = FloatVector.fromArray(F, w, 2 * in + c);
            FloatVector w3 = FloatVector.fromArray(F, w, 3 * in + c);
            FloatVector a = FloatVector.fromArray(F, x, x0 + c);
            c00 = w0.fma(a, c00);
            c01 = w1.fma(a, c01);
            c02 = w2.fma(a, c02);
            c03 = w3.fma(a, c03);
            a = FloatVector.fromArray(F, x, x0 + in + c);
            c10 = w0.fma(a, c10);
            c11 = w1.fma(a, c11);
            c12 = w2.fma(a, c12);
            c13 = w3.fma(a, c13);
            a = FloatVector.fromArray(F, x, x0 + 2 * in + c);
            c20 = w0.fma(a, c20);
            c21 = w1.fma(a, c21);
            c22 = w2.fma(a, c22);
            c23 = w3.fma(a, c23);
            a = FloatVector.fromArray(F, x, x0 + 3 * in + c);
            c30 = w0.fma(a, c30);
            c31 = w1.fma(a, c31);
            c32 = w2.fma(a, c32);
            c33 = w3.fma(a, c33);
        }
        store(y, r * out + o, c00, c01, c02, c03);
        store(y, (r + 1) * out + o, c10, c11, c12, c13);
        store(y, (r + 2) * out + o, c20, c21, c22, c23);
        store(y, (r + 3) * out + o, c30, c31, c32, c33);
    }

    /** y[r, o … o+3] = x[r] · W_gᵀ. */
    private static void tile4x1(float[] w, int in, float[] x, int r, float[] y, int out, int o) {
        FloatVector c0 = FloatVector.zero(F), c1 = c0, c2 = c0, c3 = c0;
        int x0 = r * in;
        for (int c = 0; c < in; c += F.length()) {
            FloatVector a = FloatVector.fromArray(F, x, x0 + c);
            c0 = FloatVector.fromArray(F, w, c).fma(a, c0);
            c1 = FloatVector.fromArray(F, w, in + c).fma(a, c1);
            c2 = FloatVector.fromArray(F, w, 2 * in + c).fma(a, c2);
            c3 = FloatVector.fromArray(F, w, 3 * in + c).fma(a, c3);
        }
        store(y, r * out + o, c0, c1, c2, c3);
    }

    private static void store(float[] y, int at, FloatVector a, FloatVector b, FloatVector c, FloatVector d) {
        y[at] = a.reduceLanes(VectorOperators.ADD);
        y[at + 1] = b.reduceLanes(VectorOperators.ADD);
        y[at + 2] = c.reduceLanes(VectorOperators.ADD);
        y[at + 3] = d.reduceLanes(VectorOperators.ADD);
    }

    private static float[] scratch(int size) {
        float[] s = SCRATCH.get();
        if (s.length < size) {
            s = new float[size];
            SCRATCH.set(s);
        }
        return s;
    }
}
