package dev.starling.engine.ops;

/**
 * The error function in double precision, the reference for the float kernels (Java has no
 * {@code Math.erf}). Maclaurin series for |x| &lt; 3 (terms stay below e^9, so at most ~4 digits
 * of the 16 are lost to cancellation) and Laplace's continued fraction of erfc beyond.
 * Accurate to ~1e-13 absolute, far below float resolution.
 */
public final class Erf {
    private static final double TWO_OVER_SQRT_PI = 2.0 / Math.sqrt(Math.PI);

    private Erf() {
    }

    public static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        double r = ax < 3.0 ? series(ax) : 1.0 - erfcContinuedFraction(ax);
        return x < 0 ? -r : r;
    }

    /** erf(x) = 2/√π Σ (-1)^n x^(2n+1) / (n! (2n+1)). */
    private static double series(double x) {
        double x2 = x * x;
        double term = x; // (-1)^n x^(2n+1) / n!
        double sum = x;
        for (int n = 1; n < 200; n++) {
            term *= -x2 / n;
            double add = term / (2 * n + 1);
            sum += add;
            if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return TWO_OVER_SQRT_PI * sum;
    }

    /** erfc(x) = e^(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated bottom-up. */
    private static double erfcContinuedFraction(double x) {
        if (x > 27) {
            return 0.0;
        }
        double f = x;
        for (int n = 120; n >= 1; n--) {
            f = x + (n / 2.0) / f;
        }
        return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
    }
}
