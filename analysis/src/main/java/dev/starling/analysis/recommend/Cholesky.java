package dev.starling.analysis.recommend;

/** Solves A z = b for a symmetric positive-definite A given by its lower triangle (row-major [n, n]). */
final class Cholesky {
    private Cholesky() {
    }

    /** Overwrites {@code a}'s lower triangle with L (A = L L^T) and {@code b} with z. */
    static void solveLowerInPlace(double[] a, double[] b, int n) {
        for (int j = 0; j < n; j++) {
            double d = a[j * n + j];
            for (int p = 0; p < j; p++) {
                d -= a[j * n + p] * a[j * n + p];
            }
            if (d <= 0) {
                throw new ArithmeticException("matrix is not positive definite");
            }
            double ljj = Math.sqrt(d);
            a[j * n + j] = ljj;
            for (int i = j + 1; i < n; i++) {
                double s = a[i * n + j];
                for (int p = 0; p < j; p++) {
                    s -= a[i * n + p] * a[j * n + p];
                }
                a[i * n + j] = s / ljj;
            }
        }
        for (int i = 0; i < n; i++) { // L w = b
            double s = b[i];
            for (int p = 0; p < i; p++) {
                s -= a[i * n + p] * b[p];
            }
            b[i] = s / a[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--) { // L^T z = w
            double s = b[i];
            for (int p = i + 1; p < n; p++) {
                s -= a[p * n + i] * b[p];
            }
            b[i] = s / a[i * n + i];
        }
    }
}
