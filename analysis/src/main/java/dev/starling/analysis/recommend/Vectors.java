package dev.starling.analysis.recommend;

/** The few dense-vector operations recommendation needs. */
public final class Vectors {
    private Vectors() {
    }

    public static float dot(float[] a, float[] b) {
        float s = 0f;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** y += a x */
    public static void axpy(float a, float[] x, float[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    /** Scales {@code v} to unit length in place (a zero vector stays zero); returns it. */
    public static float[] normalize(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        if (n > 0) {
            float inv = (float) (1 / Math.sqrt(n));
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
        }
        return v;
    }
}
