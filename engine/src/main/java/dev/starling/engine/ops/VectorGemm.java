package dev.starling.engine.ops;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * Small strided C = alpha·A·op(B) for attention (scores = Q·Kᵀ, context = P·V), single-threaded.
 * Bᵀ is first copied into a row-major scratch so both cases run the same broadcast-FMA loop over
 * contiguous rows of B; for a head of dimension 32 and a few hundred tokens that copy is cheap.
 */
final class VectorGemm {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    static final int L = S.length();
    private static final ThreadLocal<float[]> SCRATCH = ThreadLocal.withInitial(() -> new float[4096]);

    private VectorGemm() {
    }

    static void gemm(boolean transB, int m, int n, int k, float alpha,
                     float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                     float[] c, int cOff, int ldc) {
        if (transB) {
            float[] bt = scratch(k * n);
            for (int j = 0; j < n; j++) {
                for (int p = 0; p < k; p++) {
                    bt[p * n + j] = b[bOff + j * ldb + p];
                }
            }
            b = bt;
            bOff = 0;
            ldb = n;
        }
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            for (int j = 0; j < n; j += L) {
                rows4(a, aOff + i * lda, lda, b, bOff + j, ldb, k, alpha, c, cOff + i * ldc + j, ldc, S.indexInRange(j, n));
            }
        }
        for (; i < m; i++) {
            for (int j = 0; j < n; j += L) {
                row1(a, aOff + i * lda, b, bOff + j, ldb, k, alpha, c, cOff + i * ldc + j, S.indexInRange(j, n));
            }
        }
    }

    private static float[] scratch(int size) {
        float[] s = SCRATCH.get();
        if (s.length < size) {
            s = new float[Math.max(size, s.length * 2)];
            SCRATCH.set(s);
        }
        return s;
    }

    private static void rows4(float[] a, int aOff, int lda, float[] b, int bOff, int ldb, int k, float alpha,
                              float[] c, int cOff, int ldc, VectorMask<Float> m) {
        FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0;
        for (int p = 0; p < k; p++) {
            FloatVector bv = FloatVector.fromArray(S, b, bOff + p * ldb, m);
            c0 = FloatVector.broadcast(S, a[aOff + p]).fma(bv, c0);
            c1 = FloatVector.broadcast(S, a[aOff + lda + p]).fma(bv, c1);
            c2 = FloatVector.broadcast(S, a[aOff + 2 * lda + p]).fma(bv, c2);
            c3 = FloatVector.broadcast(S, a[aOff + 3 * lda + p]).fma(bv, c3);
        }
        c0.mul(alpha).intoArray(c, cOff, m);
        c1.mul(alpha).intoArray(c, cOff + ldc, m);
        c2.mul(alpha).intoArray(c, cOff + 2 * ldc, m);
        c3.mul(alpha).intoArray(c, cOff + 3 * ldc, m);
    }

    private static void row1(float[] a, int aOff, float[] b, int bOff, int ldb, int k, float alpha,
                             float[] c, int cOff, VectorMask<Float> m) {
        FloatVector c0 = FloatVector.zero(S);
        for (int p = 0; p < k; p++) {
            c0 = FloatVector.broadcast(S, a[aOff + p]).fma(FloatVector.fromArray(S, b, bOff + p * ldb, m), c0);
        }
        c0.mul(alpha).intoArray(c, cOff, m);
    }
}
