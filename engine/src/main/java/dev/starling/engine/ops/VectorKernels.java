package dev.starling.engine.ops;

import jdk.incubator.vector.FloatVector;

/**
 * The fast backend: jdk.incubator.vector kernels (AVX-512 / AVX2 / NEON through C2 intrinsics),
 * multi-threaded through {@link Parallel}. Each kernel lives in a small class by operation
 * family ({@link VectorLinear}, {@link VectorGemm}, {@link VectorMath}) and is tested against
 * {@link ScalarKernels}.
 */
public final class VectorKernels implements Kernels {
    /** Rows per parallel work item for row-wise kernels. */
    private static final int ROWS_PER_ITEM = 32;
    private final Parallel parallel;

    public VectorKernels(Parallel parallel) {
        this.parallel = parallel;
    }

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public Parallel parallel() {
        return parallel;
    }

    @Override
    public Kernels sequential() {
        return parallel.threads() == 1 ? this : new VectorKernels(Parallel.sequential());
    }

    /**
     * Tiny shapes (short loops) reach the JIT's compile thresholds after little work: about
     * 2,000 calls per kernel, a few tens of milliseconds once C1 has compiled them.
     */
    @Override
    public void warmUp() {
        Kernels k = sequential();
        int n = VectorLinear.NR;
        float[] a = new float[8 * 8];
        float[] y = new float[8 * n];
        float[] g = new float[6 * L_ROW];
        PackedMatrix w = k.pack(new float[8 * n], 8, n);
        float[] bias = new float[n];
        for (int i = 0; i < 2_000; i++) {
            k.linear(a, 5, w, bias, i % 2 == 0 ? Activation.GELU : Activation.NONE, y);
            k.gemm(i % 2 == 0, 5, 17, 8, 1f, a, 0, 8, y, 0, 17 + 8, g, 0, 17);
            k.softmax(g, 0, 2, 17, 17);
            k.layerNorm(g, g, 2, 17, g, g, 1e-12f, g);
        }
    }

    private static final int L_ROW = 17;

    @Override
    public PackedMatrix pack(float[] b, int k, int n) {
        Checks.size(b, (long) k * n, "B");
        return new VectorLinear.Panels(b, k, n);
    }

    @Override
    public void linear(float[] x, int m, PackedMatrix w, float[] bias, Activation act, float[] y) {
        if (!(w instanceof VectorLinear.Panels panels)) {
            throw new IllegalArgumentException("matrix was packed by another backend: " + w.getClass().getSimpleName());
        }
        Checks.size(x, (long) m * w.k(), "x");
        Checks.size(y, (long) m * w.n(), "y");
        if (bias != null) {
            Checks.size(bias, w.n(), "bias");
        }
        VectorLinear.linear(parallel, x, false, m, panels, bias, act, y);
    }

    @Override
    public PackedMatrix packTransposed(float[] bT, int k, int n) {
        Checks.size(bT, (long) k * n, "B^T");
        return VectorLinear.Panels.ofTransposed(bT, k, n);
    }

    @Override
    public void linearTransposedInput(float[] x, int m, PackedMatrix w, float[] y) {
        if (!(w instanceof VectorLinear.Panels panels)) {
            throw new IllegalArgumentException("matrix was packed by another backend: " + w.getClass().getSimpleName());
        }
        Checks.size(x, (long) m * w.k(), "x");
        Checks.size(y, (long) m * w.n(), "y");
        VectorLinear.linear(parallel, x, true, m, panels, null, Activation.NONE, y);
    }

    @Override
    public void gemm(boolean transB, int m, int n, int k, float alpha,
                     float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                     float[] c, int cOff, int ldc) {
        VectorGemm.gemm(transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
    }

    @Override
    public void softmax(float[] x, int off, int rows, int cols, int ld) {
        for (int r = 0; r < rows; r++) {
            VectorMath.softmaxRow(x, off + r * ld, cols);
        }
    }

    @Override
    public void layerNorm(float[] x, float[] residual, int rows, int cols,
                          float[] gamma, float[] beta, float eps, float[] out) {
        Checks.size(x, (long) rows * cols, "x");
        Checks.size(out, (long) rows * cols, "out");
        forRowBlocks(rows, r -> VectorMath.layerNormRow(x, residual, r * cols, cols, gamma, beta, eps, out));
    }

    @Override
    public void gelu(float[] x, int off, int n) {
        int chunk = 16 * 1024;
        parallel.forEach((n + chunk - 1) / chunk, c -> {
            int from = c * chunk;
            VectorMath.gelu(x, off + from, Math.min(chunk, n - from));
        });
    }

    @Override
    public void geluBackward(float[] x, float[] dy, float[] dx, int n) {
        int chunk = 16 * 1024;
        parallel.forEach((n + chunk - 1) / chunk, c -> {
            int from = c * chunk;
            VectorMath.geluBackward(x, dy, dx, from, Math.min(n, from + chunk));
        });
    }

    @Override
    public void siluMul(float[] gate, float[] up, int n) {
        Checks.size(gate, n, "gate");
        Checks.size(up, n, "up");
        VectorMath.siluMul(gate, up, n);
    }

    @Override
    public void add(float[] a, float[] b, float[] out, int n) {
        VectorMath.add(a, b, out, 0, n);
    }

    @Override
    public float dot(float[] a, int aOff, float[] b, int bOff, int n) {
        return VectorMath.dot(a, aOff, b, bOff, n);
    }

    @Override
    public void axpy(float alpha, float[] x, int xOff, float[] y, int yOff, int n) {
        VectorMath.axpy(alpha, x, xOff, y, yOff, n);
    }

    @Override
    public void scale(float[] x, int off, int n, float s) {
        VectorMath.scale(x, off, off + n, s);
    }

    @Override
    public void gather(float[] table, int cols, int[] ids, float[] out) {
        int rows = table.length / cols;
        for (int r = 0; r < ids.length; r++) {
            Checks.index(ids[r], rows, "id");
            System.arraycopy(table, ids[r] * cols, out, r * cols, cols);
        }
    }

    private void forRowBlocks(int rows, java.util.function.IntConsumer row) {
        parallel.forEach((rows + ROWS_PER_ITEM - 1) / ROWS_PER_ITEM, blk -> {
            int end = Math.min(rows, (blk + 1) * ROWS_PER_ITEM);
            for (int r = blk * ROWS_PER_ITEM; r < end; r++) {
                row.accept(r);
            }
        });
    }

    /** Registers the vector backend; preferred whenever the Vector API is present with ≥ 256-bit vectors. */
    public static final class Provider implements KernelProvider {
        @Override
        public String name() {
            return "vector";
        }

        @Override
        public int priority() {
            return 10;
        }

        @Override
        public boolean available() {
            try {
                return FloatVector.SPECIES_PREFERRED.vectorBitSize() >= 256;
            } catch (Throwable e) { // module not resolved: --add-modules jdk.incubator.vector missing
                return false;
            }
        }

        @Override
        public Kernels create(int threads) {
            return new VectorKernels(Parallel.of(threads));
        }
    }
}
