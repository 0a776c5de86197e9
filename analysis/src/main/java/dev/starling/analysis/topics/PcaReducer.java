package dev.starling.analysis.topics;

import java.util.SplittableRandom;

/**
 * Principal component analysis by subspace iteration: the covariance C = (X − μ)ᵀ(X − μ) / m
 * ([D, D]) of the sample, then Q ← orth(C Q) from a seeded random [D, d] start. The projection
 * y = Qᵀ(x − μ) ([D] → [d]) is re-normalised to unit length so that Euclidean distances between
 * outputs follow cosine similarity, as sentence embeddings are meant to be compared.
 *
 * @param dimension  d, the output size
 * @param iterations subspace iterations (30 converge well past what clustering can tell apart)
 */
public record PcaReducer(int dimension, int iterations) implements Reducer {
    public PcaReducer {
        if (dimension < 1 || iterations < 1) {
            throw new IllegalArgumentException("dimension and iterations must be >= 1");
        }
    }

    @Override
    public Projection fit(float[][] sample, long seed) {
        int m = sample.length;
        int dim = sample[0].length;
        int d = Math.min(dimension, dim);
        double[] mean = new double[dim];
        for (float[] x : sample) {
            for (int j = 0; j < dim; j++) {
                mean[j] += x[j] / (double) m;
            }
        }
        double[][] cov = covariance(sample, mean);
        double[][] q = new double[d][dim];   // rows are the basis vectors: Qᵀ, [d, D]
        SplittableRandom random = new SplittableRandom(seed);
        for (double[] row : q) {
            for (int j = 0; j < dim; j++) {
                row[j] = random.nextDouble() - 0.5;
            }
        }
        orthonormalise(q);
        for (int it = 0; it < iterations; it++) {
            double[][] next = new double[d][];
            for (int k = 0; k < d; k++) {
                next[k] = multiply(cov, q[k]);
            }
            orthonormalise(next);
            q = next;
        }
        return new Linear(toFloat(q), toFloat(mean));
    }

    private static double[][] covariance(float[][] sample, double[] mean) {
        int dim = mean.length;
        double[][] cov = new double[dim][dim];
        double[] c = new double[dim];
        for (float[] x : sample) {
            for (int j = 0; j < dim; j++) {
                c[j] = x[j] - mean[j];
            }
            for (int a = 0; a < dim; a++) {
                double ca = c[a];
                double[] row = cov[a];
                for (int b = a; b < dim; b++) {
                    row[b] += ca * c[b];
                }
            }
        }
        for (int a = 0; a < dim; a++) {
            for (int b = a; b < dim; b++) {
                cov[a][b] /= sample.length;
                cov[b][a] = cov[a][b];
            }
        }
        return cov;
    }

    private static double[] multiply(double[][] a, double[] v) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                s += a[i][j] * v[j];
            }
            out[i] = s;
        }
        return out;
    }

    /** Modified Gram–Schmidt over the rows. */
    private static void orthonormalise(double[][] rows) {
        for (int k = 0; k < rows.length; k++) {
            for (int p = 0; p < k; p++) {
                double dot = 0;
                for (int j = 0; j < rows[k].length; j++) {
                    dot += rows[k][j] * rows[p][j];
                }
                for (int j = 0; j < rows[k].length; j++) {
                    rows[k][j] -= dot * rows[p][j];
                }
            }
            double norm = 0;
            for (double v : rows[k]) {
                norm += v * v;
            }
            norm = Math.sqrt(Math.max(norm, 1e-30));
            for (int j = 0; j < rows[k].length; j++) {
                rows[k][j] /= norm;
            }
        }
    }

    private static float[][] toFloat(double[][] a) {
        float[][] out = new float[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = toFloat(a[i]);
        }
        return out;
    }

    private static float[] toFloat(double[] a) {
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (float) a[i];
        }
        return out;
    }

    /** y = normalise(W (x − μ)), W [d, D]. */
    private record Linear(float[][] w, float[] mean) implements Projection {
        @Override
        public int dimension() {
            return w.length;
        }

        @Override
        public float[] apply(float[] x) {
            float[] y = new float[w.length];
            double norm = 0;
            for (int k = 0; k < w.length; k++) {
                double s = 0;
                for (int j = 0; j < x.length; j++) {
                    s += w[k][j] * (x[j] - mean[j]);
                }
                y[k] = (float) s;
                norm += s * s;
            }
            float inv = (float) (1 / Math.sqrt(Math.max(norm, 1e-30)));
            for (int k = 0; k < y.length; k++) {
                y[k] *= inv;
            }
            return y;
        }
    }
}
