package dev.starling.engine.ops;

/**
 * The compute kernels the model families are written against. One interface, several backends:
 * {@link ScalarKernels} (naive loops, the reference every fast backend is tested against) and
 * {@link VectorKernels} (jdk.incubator.vector, multi-threaded). Backends register through
 * {@link KernelProvider} and are chosen by {@link KernelRegistry}.
 *
 * <p>All matrices are row-major float arrays addressed by offset and leading dimension.
 * Methods that take whole activations ({@code linear}, {@code layerNorm}, {@code gelu}) may use
 * all of the backend's threads; {@link #gemm} and {@link #softmax} run on the calling thread so
 * callers can parallelise over independent attention heads with {@link #parallel()}.
 */
public interface Kernels {
    /** Backend name, e.g. {@code "vector"}. */
    String name();

    /** The thread pool this backend uses (callers may use it for coarser-grained parallel loops). */
    Parallel parallel();

    /**
     * A single-threaded twin of this backend that accepts the same packed matrices, for callers
     * that parallelise over whole batches instead of inside each kernel.
     */
    Kernels sequential();

    /**
     * Runs every kernel on tiny inputs, so that the JIT compiles them before real work arrives.
     * Worth calling on a background thread while models load (the Vector API is very slow until
     * C2 has compiled a kernel). The default does nothing.
     */
    default void warmUp() {
    }

    /** Lays out B [K, N] (row-major, ONNX's [in, out] orientation) for {@link #linear}. */
    PackedMatrix pack(float[] b, int k, int n);

    /** Lays out B = bTᵀ for {@link #linear}, from bT [N, K] row-major (e.g. Wᵀ for dx = dy·Wᵀ). */
    PackedMatrix packTransposed(float[] bT, int k, int n);

    /**
     * y[M, N] = xᵀ·W with x stored [K, M] row-major: the weight gradient xᵀ·dy of a linear
     * layer without materialising xᵀ. Adds nothing, overwrites y. May use all threads.
     */
    void linearTransposedInput(float[] x, int m, PackedMatrix w, float[] y);

    /**
     * y[M, N] = act(x[M, K] · W[K, N] + bias[N]). {@code bias} may be null.
     * {@code x} holds M rows of K floats from offset 0; {@code y} receives M rows of N floats.
     */
    void linear(float[] x, int m, PackedMatrix w, float[] bias, Activation act, float[] y);

    /**
     * C[M, N] = alpha · A[M, K] · op(B), where op(B) = B (B is [K, N]) or, with {@code transB},
     * Bᵀ (B is [N, K]). Strided: element (i, j) of A is {@code a[aOff + i*lda + j]}, likewise B, C.
     * Single-threaded.
     */
    void gemm(boolean transB, int m, int n, int k, float alpha,
              float[] a, int aOff, int lda,
              float[] b, int bOff, int ldb,
              float[] c, int cOff, int ldc);

    /** In-place softmax of each of {@code rows} rows of {@code cols} floats, rows {@code ld} apart. Single-threaded. */
    void softmax(float[] x, int off, int rows, int cols, int ld);

    /**
     * out[r] = LayerNorm(x[r] + residual[r]) · gamma + beta over rows of {@code cols} floats,
     * with the biased variance and {@code eps} inside the square root (BERT's definition).
     * {@code residual} may be null; {@code out} may be {@code x}.
     */
    void layerNorm(float[] x, float[] residual, int rows, int cols,
                   float[] gamma, float[] beta, float eps, float[] out);

    /** In-place exact (erf) GELU over {@code n} floats from {@code off}. */
    void gelu(float[] x, int off, int n);

    /**
     * SwiGLU's gate (Shazeer 2020), in place: gate[i] = silu(gate[i]) · up[i] = gate/(1+e^−gate) · up,
     * i in [0, n). The default is the scalar loop; vector backends override it.
     */
    default void siluMul(float[] gate, float[] up, int n) {
        for (int i = 0; i < n; i++) {
            float g = gate[i];
            gate[i] = g / (1f + (float) Math.exp(-g)) * up[i];
        }
    }

    /**
     * GELU's backward: dx[i] += dy[i]·(Φ(x[i]) + x[i]·φ(x[i])) for i in [0, n), Φ and φ the
     * standard normal CDF and density. May use all threads.
     */
    void geluBackward(float[] x, float[] dy, float[] dx, int n);

    /** out[i] = a[i] + b[i] for i in [0, n). {@code out} may alias {@code a} or {@code b}. */
    void add(float[] a, float[] b, float[] out, int n);

    /** Σ a[aOff + i]·b[bOff + i] over i in [0, n), on the calling thread (attention scores while decoding). */
    default float dot(float[] a, int aOff, float[] b, int bOff, int n) {
        float s = 0;
        for (int i = 0; i < n; i++) {
            s += a[aOff + i] * b[bOff + i];
        }
        return s;
    }

    /** y[yOff + i] += alpha·x[xOff + i] for i in [0, n), on the calling thread. */
    default void axpy(float alpha, float[] x, int xOff, float[] y, int yOff, int n) {
        for (int i = 0; i < n; i++) {
            y[yOff + i] += alpha * x[xOff + i];
        }
    }

    /** x[off + i] *= s for i in [0, n). */
    void scale(float[] x, int off, int n, float s);

    /** out row r = table row ids[r], rows of {@code cols} floats (an embedding lookup). */
    void gather(float[] table, int cols, int[] ids, float[] out);
}
