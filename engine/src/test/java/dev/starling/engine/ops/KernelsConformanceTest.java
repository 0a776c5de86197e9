package dev.starling.engine.ops;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The suite every kernel backend must pass: each op against {@link ScalarKernels} (double
 * accumulation) on random inputs, over shapes that exercise vector tails, row tails and
 * partial weight panels. Tolerance: |fast − ref| ≤ atol + rtol·|ref| with rtol = 1e-5; for
 * products atol = 2e-7·K + 1e-6, since float accumulation error grows with the reduction length K
 * (unit-variance inputs: partial sums of size √K, each rounded to ~6e-8 relative, √K times).
 */
public abstract class KernelsConformanceTest {
    protected final Kernels ref = new ScalarKernels();
    protected final Kernels fast = create();
    private final Random rnd = new Random(42);

    /** The backend under test. */
    protected abstract Kernels create();

    @AfterEach
    void close() {
        fast.parallel().close();
    }

    private float[] random(int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) rnd.nextGaussian();
        }
        return a;
    }

    static void assertClose(float[] expected, float[] actual, int n, double atol, String what) {
        for (int i = 0; i < n; i++) {
            double tol = atol + 1e-5 * Math.abs(expected[i]);
            if (!(Math.abs(expected[i] - actual[i]) <= tol)) {
                throw new AssertionError(what + ": element " + i + " expected " + expected[i] + " got " + actual[i]);
            }
        }
    }

    @ParameterizedTest(name = "linear m={0} k={1} n={2} gelu={3}")
    @CsvSource({"1,1,1,false", "1,384,384,false", "3,17,5,true", "4,64,48,false", "5,33,47,true",
        "37,384,1152,false", "64,384,1536,true", "65,1536,384,false", "130,100,97,true", "7,8,200,false"})
    void linearMatchesReference(int m, int k, int n, boolean gelu) {
        float[] x = random(m * k);
        float[] w = random(k * n);
        float[] bias = random(n);
        Activation act = gelu ? Activation.GELU : Activation.NONE;
        float[] expected = new float[m * n];
        float[] actual = new float[m * n];
        ref.linear(x, m, ref.pack(w, k, n), bias, act, expected);
        fast.linear(x, m, fast.pack(w, k, n), bias, act, actual);
        assertClose(expected, actual, m * n, 2e-7 * k + 1e-6, "linear");
    }

    @ParameterizedTest(name = "transposed operands m={0} k={1} n={2}")
    @CsvSource({"1,1,1", "5,33,47", "384,130,70", "64,17,128", "7,2048,65"})
    void transposedPackingAndTransposedInputMatchReference(int m, int k, int n) {
        float[] xT = random(k * m);      // x stored [K, M]
        float[] wT = random(n * k);      // W stored [N, K]
        float[] expected = new float[m * n];
        float[] actual = new float[m * n];
        ref.linearTransposedInput(xT, m, ref.packTransposed(wT, k, n), expected);
        fast.linearTransposedInput(xT, m, fast.packTransposed(wT, k, n), actual);
        assertClose(expected, actual, m * n, 2e-7 * k + 1e-6, "xT·W");
        // the reference itself, against explicit transposes and the plain product
        float[] x = new float[m * k];
        float[] w = new float[k * n];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                x[i * k + p] = xT[p * m + i];
            }
        }
        for (int p = 0; p < k; p++) {
            for (int j = 0; j < n; j++) {
                w[p * n + j] = wT[j * k + p];
            }
        }
        float[] plain = new float[m * n];
        ref.linear(x, m, ref.pack(w, k, n), null, Activation.NONE, plain);
        assertClose(plain, expected, m * n, 1e-6, "reference transposed product");
        PackedMatrix packed = fast.packTransposed(wT, k, n);
        for (int p = 0; p < k; p += Math.max(1, k / 7)) {
            for (int j = 0; j < n; j += Math.max(1, n / 5)) {
                assertEquals(w[p * n + j], packed.get(p, j));
            }
        }
    }

    @Test
    void linearWithoutBias() {
        int m = 9;
        int k = 31;
        int n = 50;
        float[] x = random(m * k);
        float[] w = random(k * n);
        float[] expected = new float[m * n];
        float[] actual = new float[m * n];
        ref.linear(x, m, ref.pack(w, k, n), null, Activation.NONE, expected);
        fast.linear(x, m, fast.pack(w, k, n), null, Activation.NONE, actual);
        assertClose(expected, actual, m * n, 2e-5, "linear no bias");
    }

    @Test
    void packedMatrixReadsBack() {
        float[] w = random(13 * 70);
        PackedMatrix p = fast.pack(w, 13, 70);
        for (int r = 0; r < 13; r++) {
            for (int c = 0; c < 70; c++) {
                assertEquals(w[r * 70 + c], p.get(r, c));
            }
        }
    }

    @Test
    void linearRejectsForeignPacking() {
        PackedMatrix other = (fast instanceof ScalarKernels ? new VectorKernels(Parallel.sequential()) : ref).pack(random(4), 2, 2);
        if (!other.getClass().equals(fast.pack(random(4), 2, 2).getClass())) {
            assertThrows(IllegalArgumentException.class, () -> fast.linear(random(2), 1, other, null, Activation.NONE, new float[2]));
        }
    }

    @ParameterizedTest(name = "gemm transB={0} m={1} n={2} k={3}")
    @CsvSource({"true,25,25,32", "false,25,32,25", "true,1,1,32", "false,1,32,1", "true,17,33,16",
        "false,130,32,130", "true,128,128,32", "false,5,7,3", "true,3,16,5"})
    void gemmMatchesReference(boolean transB, int m, int n, int k) {
        int lda = k + 3;
        int ldb = (transB ? k : n) + 5;
        int ldc = n + 2;
        int bRows = transB ? n : k;
        float[] a = random(m * lda + 1);
        float[] b = random(bRows * ldb + 2);
        float[] expected = random(m * ldc + 3);
        float[] actual = expected.clone();
        ref.gemm(transB, m, n, k, 0.25f, a, 1, lda, b, 2, ldb, expected, 3, ldc);
        fast.gemm(transB, m, n, k, 0.25f, a, 1, lda, b, 2, ldb, actual, 3, ldc);
        // also checks that padding columns between rows (ldc > n) are left untouched
        assertClose(expected, actual, expected.length, 2e-7 * k + 1e-6, "gemm");
    }

    @ParameterizedTest(name = "softmax cols={0}")
    @CsvSource({"1", "5", "16", "25", "33", "128", "200"})
    void softmaxMatchesReference(int cols) {
        int rows = 3;
        int ld = cols + 4;
        float[] x = random(rows * ld);
        for (int i = 0; i < x.length; i++) {
            x[i] *= 8;
        }
        float[] expected = x.clone();
        float[] actual = x.clone();
        ref.softmax(expected, 0, rows, cols, ld);
        fast.softmax(actual, 0, rows, cols, ld);
        assertClose(expected, actual, x.length, 1e-6, "softmax");
    }

    @ParameterizedTest(name = "layerNorm cols={0} residual={1}")
    @CsvSource({"384,true", "384,false", "7,true", "100,false", "512,true"})
    void layerNormMatchesReference(int cols, boolean residual) {
        int rows = 37;
        float[] x = random(rows * cols);
        float[] r = residual ? random(rows * cols) : null;
        float[] g = random(cols);
        float[] b = random(cols);
        float[] expected = new float[rows * cols];
        float[] actual = new float[rows * cols];
        ref.layerNorm(x, r, rows, cols, g, b, 1e-12f, expected);
        fast.layerNorm(x, r, rows, cols, g, b, 1e-12f, actual);
        assertClose(expected, actual, rows * cols, 2e-5, "layerNorm");
    }

    @Test
    void layerNormInPlaceOverResidual() {
        int rows = 5;
        int cols = 384;
        float[] x = random(rows * cols);
        float[] r = random(rows * cols);
        float[] g = random(cols);
        float[] b = random(cols);
        float[] expected = new float[rows * cols];
        ref.layerNorm(x, r, rows, cols, g, b, 1e-5f, expected);
        fast.layerNorm(x, r, rows, cols, g, b, 1e-5f, r); // out aliases the residual, as the encoder does
        assertClose(expected, r, rows * cols, 2e-5, "layerNorm in place");
    }

    @Test
    void geluMatchesReference() {
        int n = 10_007;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = -10f + 20f * i / (n - 1);
        }
        float[] expected = x.clone();
        float[] actual = x.clone();
        ref.gelu(expected, 0, n);
        fast.gelu(actual, 0, n);
        assertClose(expected, actual, n, 2e-6, "gelu");
    }

    @Test
    void siluMulMatchesReference() {
        int n = 10_007; // vector body and scalar tail; gates from -100 (e^100 overflows a float) to 100
        float[] gate = new float[n];
        for (int i = 0; i < n; i++) {
            gate[i] = -100f + 200f * i / (n - 1);
        }
        float[] up = random(n);
        float[] expected = gate.clone();
        float[] actual = gate.clone();
        ref.siluMul(expected, up, n);
        fast.siluMul(actual, up, n);
        assertClose(expected, actual, n, 2e-6, "siluMul");
        assertEquals(0f, expected[0], 1e-30f, "silu(-100) underflows to 0");
    }

    @Test
    void geluBackwardMatchesReference() {
        int n = 10_007;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = -10f + 20f * i / (n - 1);
        }
        float[] dy = random(n);
        float[] expected = random(n);
        float[] actual = expected.clone();
        ref.geluBackward(x, dy, expected, n);
        fast.geluBackward(x, dy, actual, n);
        assertClose(expected, actual, n, 2e-6 * 4, "geluBackward");
    }

    @Test
    void dotAndAxpyAtOffsetsOverVectorTails() {
        for (int n : new int[] {0, 1, 7, 16, 17, 48, 100}) {
            float[] a = random(n + 5);
            float[] b = random(n + 3);
            float expected = ref.dot(a, 5, b, 3, n);
            assertEquals(expected, fast.dot(a, 5, b, 3, n), 2e-7 * n + 1e-6 + 1e-5 * Math.abs(expected), "dot n=" + n);
            float[] yRef = random(n + 2);
            float[] yFast = yRef.clone();
            ref.axpy(0.37f, a, 5, yRef, 2, n);
            fast.axpy(0.37f, a, 5, yFast, 2, n);
            assertClose(yRef, yFast, n + 2, 1e-6, "axpy n=" + n);
        }
    }

    @Test
    void addScaleGather() {
        float[] a = random(1000);
        float[] b = random(1000);
        float[] e = new float[1000];
        float[] f = new float[1000];
        ref.add(a, b, e, 999);
        fast.add(a, b, f, 999);
        assertClose(e, f, 1000, 0, "add");
        ref.scale(e, 3, 990, 0.5f);
        fast.scale(f, 3, 990, 0.5f);
        assertClose(e, f, 1000, 0, "scale");
        float[] table = random(10 * 6);
        int[] ids = {9, 0, 3, 3};
        float[] g1 = new float[4 * 6];
        float[] g2 = new float[4 * 6];
        ref.gather(table, 6, ids, g1);
        fast.gather(table, 6, ids, g2);
        assertClose(g1, g2, g1.length, 0, "gather");
        assertThrows(IndexOutOfBoundsException.class, () -> fast.gather(table, 6, new int[] {10}, g2));
    }
}
