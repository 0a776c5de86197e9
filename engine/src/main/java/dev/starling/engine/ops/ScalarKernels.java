package dev.starling.engine.ops;

/**
 * The reference backend: plain loops in the order the math is written, accumulating in double.
 * Slow on purpose-free grounds of clarity; every fast backend is tested against it.
 */
public final class ScalarKernels implements Kernels {
    private final Parallel parallel;

    public ScalarKernels(Parallel parallel) {
        this.parallel = parallel;
    }

    public ScalarKernels() {
        this(Parallel.sequential());
    }

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public Parallel parallel() {
        return parallel;
    }

    @Override
    public Kernels sequential() {
        return parallel.threads() == 1 ? this : new ScalarKernels(Parallel.sequential());
    }

    /** B kept row-major [K, N]. */
    static final class RowMajor extends PackedMatrix {
        final float[] b;

        RowMajor(float[] b, int k, int n) {
            super(k, n);
            this.b = b;
        }

        @Override
        public float get(int row, int col) {
            return b[row * n() + col];
        }

        @Override
        public long bytes() {
            return 4L * b.length;
        }
    }

    @Override
    public PackedMatrix pack(float[] b, int k, int n) {
        Checks.size(b, (long) k * n, "B");
        return new RowMajor(b.clone(), k, n);
    }

    @Override
    public PackedMatrix packTransposed(float[] bT, int k, int n) {
        Checks.size(bT, (long) k * n, "B^T");
        float[] b = new float[k * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < k; c++) {
                b[c * n + r] = bT[r * k + c];
            }
        }
        return new RowMajor(b, k, n);
    }

    @Override
    public void linearTransposedInput(float[] x, int m, PackedMatrix w, float[] y) {
        int k = w.k();
        int n = w.n();
        float[] b = w instanceof RowMajor r ? r.b : unpack(w);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += (double) x[p * m + i] * b[p * n + j];
                }
                y[i * n + j] = (float) s;
            }
        }
    }

    @Override
    public void linear(float[] x, int m, PackedMatrix w, float[] bias, Activation act, float[] y) {
        int k = w.k();
        int n = w.n();
        Checks.size(x, (long) m * k, "x");
        Checks.size(y, (long) m * n, "y");
        float[] b = w instanceof RowMajor r ? r.b : unpack(w);
        parallel.forEach(m, i -> {
            for (int j = 0; j < n; j++) {
                double s = bias == null ? 0 : bias[j];
                for (int p = 0; p < k; p++) {
                    s += (double) x[i * k + p] * b[p * n + j];
                }
                y[i * n + j] = (float) act.apply(s);
            }
        });
    }

    private static float[] unpack(PackedMatrix w) {
        float[] b = new float[w.k() * w.n()];
        for (int r = 0; r < w.k(); r++) {
            for (int c = 0; c < w.n(); c++) {
                b[r * w.n() + c] = w.get(r, c);
            }
        }
        return b;
    }

    @Override
    public void gemm(boolean transB, int m, int n, int k, float alpha,
                     float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                     float[] c, int cOff, int ldc) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    float bv = transB ? b[bOff + j * ldb + p] : b[bOff + p * ldb + j];
                    s += (double) a[aOff + i * lda + p] * bv;
                }
                c[cOff + i * ldc + j] = (float) (alpha * s);
            }
        }
    }

    @Override
    public void softmax(float[] x, int off, int rows, int cols, int ld) {
        for (int r = 0; r < rows; r++) {
            int o = off + r * ld;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < cols; j++) {
                max = Math.max(max, x[o + j]);
            }
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                sum += Math.exp(x[o + j] - max);
            }
            for (int j = 0; j < cols; j++) {
                x[o + j] = (float) (Math.exp(x[o + j] - max) / sum);
            }
        }
    }

    @Override
    public void layerNorm(float[] x, float[] residual, int rows, int cols,
                          float[] gamma, float[] beta, float eps, float[] out) {
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            double mean = 0;
            for (int j = 0; j < cols; j++) {
                mean += value(x, residual, o + j);
            }
            mean /= cols;
            double var = 0;
            for (int j = 0; j < cols; j++) {
                double d = value(x, residual, o + j) - mean;
                var += d * d;
            }
            var /= cols;
            double inv = 1.0 / Math.sqrt(var + eps);
            for (int j = 0; j < cols; j++) {
                out[o + j] = (float) ((value(x, residual, o + j) - mean) * inv * gamma[j] + beta[j]);
            }
        }
    }

    private static double value(float[] x, float[] residual, int i) {
        return residual == null ? x[i] : (double) x[i] + residual[i];
    }

    @Override
    public void gelu(float[] x, int off, int n) {
        for (int i = off; i < off + n; i++) {
            x[i] = (float) Activation.GELU.apply(x[i]);
        }
    }

    @Override
    public void geluBackward(float[] x, float[] dy, float[] dx, int n) {
        for (int i = 0; i < n; i++) {
            double v = x[i];
            double cdf = 0.5 * (1 + Erf.erf(v / Math.sqrt(2)));
            double pdf = Math.exp(-0.5 * v * v) / Math.sqrt(2 * Math.PI);
            dx[i] += (float) (dy[i] * (cdf + v * pdf));
        }
    }

    @Override
    public void add(float[] a, float[] b, float[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = a[i] + b[i];
        }
    }

    @Override
    public void scale(float[] x, int off, int n, float s) {
        for (int i = off; i < off + n; i++) {
            x[i] *= s;
        }
    }

    @Override
    public void gather(float[] table, int cols, int[] ids, float[] out) {
        int rows = table.length / cols;
        for (int r = 0; r < ids.length; r++) {
            Checks.index(ids[r], rows, "id");
            System.arraycopy(table, ids[r] * cols, out, r * cols, cols);
        }
    }

    /** Registers the reference backend. */
    public static final class Provider implements KernelProvider {
        @Override
        public String name() {
            return "scalar";
        }

        @Override
        public int priority() {
            return 0;
        }

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public Kernels create(int threads) {
            return new ScalarKernels(Parallel.of(threads));
        }
    }
}
