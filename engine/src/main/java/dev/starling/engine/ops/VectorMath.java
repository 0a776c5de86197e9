package dev.starling.engine.ops;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** Element-wise and row-wise vector kernels: erf/GELU, softmax, LayerNorm, add, scale. */
final class VectorMath {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    static final int L = S.length();

    private VectorMath() {
    }

    // erf(x) ≈ x·P(x²)/Q(x²) on [-4, 4] (|erf(4)| = 1 - 1.5e-8): the rational minimax form used by
    // Eigen and XNNPACK. Max error 6.5e-8 in exact arithmetic, ~4e-7 after float rounding.
    private static final float A13 = -2.72614225801306e-10f;
    private static final float A11 = 2.77068142495902e-08f;
    private static final float A9 = -2.10102402082508e-06f;
    private static final float A7 = -5.69250639462346e-05f;
    private static final float A5 = -7.34990630326855e-04f;
    private static final float A3 = -2.95459980854025e-03f;
    private static final float A1 = -1.60960333262415e-02f;
    private static final float B8 = -1.45660718464996e-05f;
    private static final float B6 = -2.13374055278905e-04f;
    private static final float B4 = -1.68282697438203e-03f;
    private static final float B2 = -7.37332916720468e-03f;
    private static final float B0 = -1.42647390514189e-02f;
    private static final float INV_SQRT2 = (float) (1 / Math.sqrt(2));

    static FloatVector erf(FloatVector x) {
        FloatVector xc = x.max(-4f).min(4f);
        FloatVector x2 = xc.mul(xc);
        FloatVector p = x2.fma(A13, A11).fma(x2, FloatVector.broadcast(S, A9))
                .fma(x2, FloatVector.broadcast(S, A7)).fma(x2, FloatVector.broadcast(S, A5))
                .fma(x2, FloatVector.broadcast(S, A3)).fma(x2, FloatVector.broadcast(S, A1));
        FloatVector q = x2.fma(B8, B6).fma(x2, FloatVector.broadcast(S, B4))
                .fma(x2, FloatVector.broadcast(S, B2)).fma(x2, FloatVector.broadcast(S, B0));
        return xc.mul(p).div(q);
    }

    /** GELU(x) = ½x(1 + erf(x/√2)). */
    static FloatVector gelu(FloatVector x) {
        FloatVector e = erf(x.mul(INV_SQRT2));
        return x.mul(0.5f).mul(e.add(1f));
    }

    // Determinism: results must not depend on whether a method is interpreted or JIT-compiled at
    // the moment it runs (seeded training must reproduce its loss curve). reduceLanes(ADD) and
    // lanewise(EXP) are not bit-identical between the Java fallback and the C2 intrinsic, so sums
    // are reduced lane by lane in a fixed order and exp is our own polynomial of exact lane-wise ops.

    /** Sum of the lanes, left to right (a fixed order). */
    static float sum(FloatVector v) {
        float[] lanes = v.toArray();
        float s = 0f;
        for (float x : lanes) {
            s += x;
        }
        return s;
    }

    // exp(x) = 2^n · e^r with n = round(x·log2 e), r = x − n·ln 2 (Cody–Waite split of ln 2), e^r by
    // the Cephes expf polynomial; 2^n built in the exponent bits. Inputs are clamped to [-87.3, 88.0]
    // (results stay normal floats). Max error ~1 ulp against the double-precision exp.
    private static final float EXP_HI = 88.0f; // keeps n <= 127
    private static final float EXP_LO = -87.3f;
    private static final float LOG2E = 1.44269504088896341f;
    private static final float LN2_HI = 0.693359375f;
    private static final float LN2_LO = -2.12194440e-4f;
    private static final float ROUND = 12582912f; // 1.5 · 2^23: adding it rounds to an integer
    private static final float P0 = 1.9875691500e-4f;
    private static final float P1 = 1.3981999507e-3f;
    private static final float P2 = 8.3334519073e-3f;
    private static final float P3 = 4.1665795894e-2f;
    private static final float P4 = 1.6666665459e-1f;
    private static final float P5 = 5.0000001201e-1f;

    static FloatVector exp(FloatVector x) {
        x = x.max(EXP_LO).min(EXP_HI);
        FloatVector t = x.fma(LOG2E, ROUND);
        FloatVector n = t.sub(ROUND);
        FloatVector r = n.fma(FloatVector.broadcast(S, -LN2_HI), x);
        r = n.fma(FloatVector.broadcast(S, -LN2_LO), r);
        FloatVector r2 = r.mul(r);
        FloatVector p = r.fma(P0, P1).fma(r, FloatVector.broadcast(S, P2)).fma(r, FloatVector.broadcast(S, P3))
                .fma(r, FloatVector.broadcast(S, P4)).fma(r, FloatVector.broadcast(S, P5));
        FloatVector er = p.fma(r2, r).add(1f);
        IntVector bits = ((IntVector) t.reinterpretAsInts()).sub(Float.floatToRawIntBits(ROUND)).add(127).lanewise(VectorOperators.LSHL, 23);
        return er.mul(bits.reinterpretAsFloats());
    }

    /** The scalar twin of {@link #exp(FloatVector)}: the same operations, so tails match vector lanes. */
    static float expScalar(float x) {
        x = Math.max(EXP_LO, Math.min(EXP_HI, x));
        float t = Math.fma(x, LOG2E, ROUND);
        float n = t - ROUND;
        float r = Math.fma(n, -LN2_HI, x);
        r = Math.fma(n, -LN2_LO, r);
        float r2 = r * r;
        float p = Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(r, P0, P1), r, P2), r, P3), r, P4), r, P5);
        float er = Math.fma(p, r2, r) + 1f;
        int bits = (Float.floatToRawIntBits(t) - Float.floatToRawIntBits(ROUND) + 127) << 23;
        return er * Float.intBitsToFloat(bits);
    }

    /** gate[i] = gate[i]/(1 + e^−gate[i]) · up[i] over [0, n), with {@link #exp(FloatVector)}. */
    static void siluMul(float[] gate, float[] up, int n) {
        int i = 0;
        for (; i + L <= n; i += L) {
            FloatVector g = FloatVector.fromArray(S, gate, i);
            FloatVector e = exp(g.neg()).add(1f);
            g.div(e).mul(FloatVector.fromArray(S, up, i)).intoArray(gate, i);
        }
        for (; i < n; i++) {
            gate[i] = gate[i] / (1f + expScalar(-gate[i])) * up[i];
        }
    }

    // Loops below run whole vectors unmasked and finish with a scalar tail: masked operations are
    // not intrinsified everywhere (and fall back to slow Java code when they are not).

    static void gelu(float[] x, int off, int n) {
        int i = 0;
        for (; i + L <= n; i += L) {
            gelu(FloatVector.fromArray(S, x, off + i)).intoArray(x, off + i);
        }
        for (; i < n; i++) {
            x[off + i] = geluScalar(x[off + i]);
        }
    }

    /** Scalar twin of {@link #gelu(FloatVector)}, same polynomial, for loop tails. */
    static float geluScalar(float x) {
        float xc = Math.max(-4f, Math.min(4f, x * INV_SQRT2));
        float x2 = xc * xc;
        float p = Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(x2, A13, A11), x2, A9), x2, A7), x2, A5), x2, A3), x2, A1);
        float q = Math.fma(Math.fma(Math.fma(Math.fma(x2, B8, B6), x2, B4), x2, B2), x2, B0);
        return x * 0.5f * (xc * p / q + 1f);
    }

    private static final float INV_SQRT_2PI = (float) (1 / Math.sqrt(2 * Math.PI));

    /** d GELU / dx = Φ(x) + x·φ(x). */
    static FloatVector geluGrad(FloatVector x) {
        FloatVector cdf = erf(x.mul(INV_SQRT2)).add(1f).mul(0.5f);
        FloatVector pdf = exp(x.mul(x).mul(-0.5f)).mul(INV_SQRT_2PI);
        return x.fma(pdf, cdf);
    }

    static float geluGradScalar(float x) {
        float xc = Math.max(-4f, Math.min(4f, x * INV_SQRT2));
        float x2 = xc * xc;
        float p = Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(x2, A13, A11), x2, A9), x2, A7), x2, A5), x2, A3), x2, A1);
        float q = Math.fma(Math.fma(Math.fma(Math.fma(x2, B8, B6), x2, B4), x2, B2), x2, B0);
        float cdf = (xc * p / q + 1f) * 0.5f;
        float pdf = expScalar(x * x * -0.5f) * INV_SQRT_2PI;
        return Math.fma(x, pdf, cdf);
    }

    /** dx[i] += dy[i] · GELU'(x[i]) for i in [from, to). */
    static void geluBackward(float[] x, float[] dy, float[] dx, int from, int to) {
        int i = from;
        for (; i + L <= to; i += L) {
            FloatVector g = geluGrad(FloatVector.fromArray(S, x, i));
            FloatVector.fromArray(S, dy, i).fma(g, FloatVector.fromArray(S, dx, i)).intoArray(dx, i);
        }
        for (; i < to; i++) {
            dx[i] = Math.fma(dy[i], geluGradScalar(x[i]), dx[i]);
        }
    }

    static void softmaxRow(float[] x, int o, int cols) {
        int full = cols - cols % L;
        float max = Float.NEGATIVE_INFINITY;
        if (full > 0) {
            FloatVector vmax = FloatVector.fromArray(S, x, o);
            for (int j = L; j < full; j += L) {
                vmax = vmax.max(FloatVector.fromArray(S, x, o + j));
            }
            max = vmax.reduceLanes(VectorOperators.MAX);
        }
        for (int j = full; j < cols; j++) {
            max = Math.max(max, x[o + j]);
        }
        FloatVector vsum = FloatVector.zero(S);
        for (int j = 0; j < full; j += L) {
            FloatVector e = exp(FloatVector.fromArray(S, x, o + j).sub(max));
            e.intoArray(x, o + j);
            vsum = vsum.add(e);
        }
        float sum = sum(vsum);
        for (int j = full; j < cols; j++) {
            float e = expScalar(x[o + j] - max);
            x[o + j] = e;
            sum += e;
        }
        scale(x, o, o + cols, 1f / sum);
    }

    /** One LayerNorm row: out = (v - mean)/sqrt(var + eps)·gamma + beta, v = x (+ residual). */
    static void layerNormRow(float[] x, float[] res, int o, int cols,
                             float[] gamma, float[] beta, float eps, float[] out) {
        float[] src = x;
        if (res != null) {
            add(x, res, out, o, o + cols);
            src = out;
        }
        int full = cols - cols % L;
        FloatVector vs = FloatVector.zero(S);
        for (int j = 0; j < full; j += L) {
            vs = vs.add(FloatVector.fromArray(S, src, o + j));
        }
        float sum = sum(vs);
        for (int j = full; j < cols; j++) {
            sum += src[o + j];
        }
        float mean = sum / cols;
        FloatVector vq = FloatVector.zero(S);
        for (int j = 0; j < full; j += L) {
            FloatVector d = FloatVector.fromArray(S, src, o + j).sub(mean);
            vq = d.fma(d, vq);
        }
        float sq = sum(vq);
        for (int j = full; j < cols; j++) {
            float d = src[o + j] - mean;
            sq += d * d;
        }
        float inv = (float) (1.0 / Math.sqrt(sq / cols + eps));
        for (int j = 0; j < full; j += L) {
            FloatVector d = FloatVector.fromArray(S, src, o + j).sub(mean).mul(inv);
            d.fma(FloatVector.fromArray(S, gamma, j), FloatVector.fromArray(S, beta, j)).intoArray(out, o + j);
        }
        for (int j = full; j < cols; j++) {
            out[o + j] = Math.fma((src[o + j] - mean) * inv, gamma[j], beta[j]);
        }
    }

    static void add(float[] a, float[] b, float[] out, int from, int to) {
        int i = from;
        for (; i + L <= to; i += L) {
            FloatVector.fromArray(S, a, i).add(FloatVector.fromArray(S, b, i)).intoArray(out, i);
        }
        for (; i < to; i++) {
            out[i] = a[i] + b[i];
        }
    }

    static void scale(float[] x, int from, int to, float s) {
        int i = from;
        for (; i + L <= to; i += L) {
            FloatVector.fromArray(S, x, i).mul(s).intoArray(x, i);
        }
        for (; i < to; i++) {
            x[i] *= s;
        }
    }

    /**
     * Σ a·b for inference paths (attention scores while decoding): the lanes are reduced by
     * reduceLanes, whose order may differ between the interpreter and C2 (as in {@link Q8Matrix});
     * training code keeps to {@link #sum}'s fixed order.
     */
    static float dot(float[] a, int aOff, float[] b, int bOff, int n) {
        FloatVector acc = FloatVector.zero(S);
        int i = 0;
        for (; i + L <= n; i += L) {
            acc = FloatVector.fromArray(S, a, aOff + i).fma(FloatVector.fromArray(S, b, bOff + i), acc);
        }
        float s = acc.reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
        for (; i < n; i++) {
            s += a[aOff + i] * b[bOff + i];
        }
        return s;
    }

    static void axpy(float alpha, float[] x, int xOff, float[] y, int yOff, int n) {
        FloatVector av = FloatVector.broadcast(S, alpha);
        int i = 0;
        for (; i + L <= n; i += L) {
            FloatVector.fromArray(S, x, xOff + i).fma(av, FloatVector.fromArray(S, y, yOff + i)).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] += alpha * x[xOff + i];
        }
    }
}
