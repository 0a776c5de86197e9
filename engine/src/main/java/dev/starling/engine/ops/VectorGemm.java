package dev.starling.engine.ops;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

import java.util.Arrays;

/**
 * Small strided C = alpha·A·op(B) for attention (scores = Q·Kᵀ, context = P·V), single-threaded.
 * Bᵀ is first copied into a row-major, zero-padded scratch so both cases run the same
 * broadcast-FMA loop over contiguous rows of B. Column tails (n not a multiple of the vector
 * length) are computed full-width into a scratch tile and copied, so no masked vector operation
 * is needed.
 */
final class VectorGemm {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    static final int L = S.length();
    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[][] {new float[0], new float[0]});

    private VectorGemm() {
    }

    static void gemm(boolean transB, int m, int n, int k, float alpha,
                     float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                     float[] c, int cOff, int ldc) {
        int full = n - n % L;
        int padded = full == n ? n : full + L;
        if (transB) {
            float[] bt = scratch(0, k * padded);
            for (int p = 0; p < k; p++) {
                Arrays.fill(bt, p * padded + n, (p + 1) * padded, 0f);
            }
            for (int j = 0; j < n; j++) {
                for (int p = 0; p < k; p++) {
                    bt[p * padded + j] = b[bOff + j * ldb + p];
                }
            }
            b = bt;
            bOff = 0;
            ldb = padded;
        }
        for (int j = 0; j < full; j += L) {
            columnBlock(m, k, alpha, a, aOff, lda, b, bOff + j, ldb, c, cOff + j, ldc);
        }
        if (full < n) {
            tail(transB, m, n, k, full, alpha, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
        }
    }

    /** The last n − full columns: B's tail as a zero-padded [k, L] block, C's tail via an [m, L] tile. */
    private static void tail(boolean bPadded, int m, int n, int k, int full, float alpha,
                             float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                             float[] c, int cOff, int ldc) {
        int rest = n - full;
        float[] bTail;
        int bTailOff;
        int bTailLd;
        if (bPadded) {
            bTail = b;
            bTailOff = bOff + full;
            bTailLd = ldb;
        } else {
            bTail = new float[k * L];
            for (int p = 0; p < k; p++) {
                System.arraycopy(b, bOff + p * ldb + full, bTail, p * L, rest);
            }
            bTailOff = 0;
            bTailLd = L;
        }
        float[] tile = scratch(1, m * L);
        columnBlock(m, k, alpha, a, aOff, lda, bTail, bTailOff, bTailLd, tile, 0, L);
        for (int i = 0; i < m; i++) {
            System.arraycopy(tile, i * L, c, cOff + i * ldc + full, rest);
        }
    }

    /** C[0..m, 0..L) for one vector-wide column block. */
    private static void columnBlock(int m, int k, float alpha, float[] a, int aOff, int lda,
                                    float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            rows4(a, aOff + i * lda, lda, b, bOff, ldb, k, alpha, c, cOff + i * ldc, ldc);
        }
        for (; i < m; i++) {
            row1(a, aOff + i * lda, b, bOff, ldb, k, alpha, c, cOff + i * ldc);
        }
    }

    private static float[] scratch(int which, int size) {
        float[][] s = SCRATCH.get();
        if (s[which].length < size) {
            s[which] = new float[Math.max(size, s[which].length * 2)];
        }
        return s[which];
    }

    private static void rows4(float[] a, int aOff, int lda, float[] b, int bOff, int ldb, int k, float alpha,
                              float[] c, int cOff, int ldc) {
        FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0;
        for (int p = 0; p < k; p++) {
            FloatVector bv = FloatVector.fromArray(S, b, bOff + p * ldb);
            c0 = FloatVector.broadcast(S, a[aOff + p]).fma(bv, c0);
            c1 = FloatVector.broadcast(S, a[aOff + lda + p]).fma(bv, c1);
            c2 = FloatVector.broadcast(S, a[aOff + 2 * lda + p]).fma(bv, c2);
            c3 = FloatVector.broadcast(S, a[aOff + 3 * lda + p]).fma(bv, c3);
        }
        c0.mul(alpha).intoArray(c, cOff);
        c1.mul(alpha).intoArray(c, cOff + ldc);
        c2.mul(alpha).intoArray(c, cOff + 2 * ldc);
        c3.mul(alpha).intoArray(c, cOff + 3 * ldc);
    }

    private static void row1(float[] a, int aOff, float[] b, int bOff, int ldb, int k, float alpha,
                             float[] c, int cOff) {
        FloatVector c0 = FloatVector.zero(S);
        for (int p = 0; p < k; p++) {
            c0 = FloatVector.broadcast(S, a[aOff + p]).fma(FloatVector.fromArray(S, b, bOff + p * ldb), c0);
        }
        c0.mul(alpha).intoArray(c, cOff);
    }
}
