package dev.starling.engine.autograd;

import dev.starling.engine.ops.Activation;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.ops.PackedMatrix;
import dev.starling.engine.tensor.Shape;
import dev.starling.engine.tensor.Tensor;

import java.util.SplittableRandom;

/**
 * Differentiable operations: forward through the engine's kernels, backward recorded on the
 * {@link Tape}. Shapes are row-major; "rows" means every dimension but the last.
 */
public final class Ops {
    private Ops() {
    }

    /**
     * y[N, out] = x[N, in]·W[in, out] + b. Backward: dx = dy·Wᵀ, dW = xᵀ·dy, db = Σ_rows dy,
     * each product on the packed linear kernel (operands transposed and packed per step).
     */
    public static Variable linear(Tape t, Variable x, Variable w, Variable b) {
        Kernels k = t.kernels();
        int in = w.dim(0);
        int out = w.dim(1);
        int n = Matrices.rows(x, in);
        float[] y = new float[n * out];
        k.linear(x.data(), n, packed(k, w, in, out), b == null ? null : b.data(), Activation.NONE, y);
        Variable o = t.output(Tensor.of(y, lastDim(x.shape(), out)), t.records(x, w, b));
        if (o.requiresGrad()) {
            t.record(() -> {
                if (!o.hasGrad()) {
                    return;
                }
                float[] dy = o.grad();
                if (x.requiresGrad()) {
                    float[] dx = new float[n * in];
                    k.linear(dy, n, packedTransposed(k, w, in, out), null, Activation.NONE, dx);
                    k.add(x.grad(), dx, x.grad(), dx.length);
                }
                if (w.requiresGrad()) {
                    float[] dw = new float[in * out];
                    k.linearTransposedInput(x.data(), in, k.pack(dy, n, out), dw);
                    k.add(w.grad(), dw, w.grad(), dw.length);
                }
                if (b != null && b.requiresGrad()) {
                    Matrices.addColumnSums(dy, n, out, b.grad());
                }
                o.releaseGrad();
            });
        }
        return o;
    }

    /** The transpose of a matrix, [R, C] → [C, R] (e.g. a decoder tied to the [V, C] word embeddings). */
    public static Variable transpose(Tape t, Variable x) {
        if (x.shape().rank() != 2) {
            throw new IllegalArgumentException("transpose needs a matrix, got " + x.shape());
        }
        int r = x.dim(0);
        int c = x.dim(1);
        Variable o = t.output(Tensor.of(Matrices.transpose(x.data(), r, c), c, r), t.records(x));
        if (o.requiresGrad()) {
            t.record(() -> {
                if (o.hasGrad()) {
                    t.kernels().add(x.grad(), Matrices.transpose(o.grad(), c, r), x.grad(), r * c);
                    o.releaseGrad();
                }
            });
        }
        return o;
    }

    /** The same values with another shape (a view of the data; the gradient flows straight back). */
    public static Variable reshape(Tape t, Variable x, int... dims) {
        Variable o = t.output(x.value().reshape(dims), t.records(x));
        if (o.requiresGrad()) {
            t.record(() -> {
                if (o.hasGrad()) {
                    t.kernels().add(x.grad(), o.grad(), x.grad(), x.size());
                    o.releaseGrad();
                }
            });
        }
        return o;
    }

    /** Σ x over all elements: a scalar [1]. */
    public static Variable sum(Tape t, Variable x) {
        double s = 0;
        for (float v : x.data()) {
            s += v;
        }
        Variable o = t.output(Tensor.of(new float[] {(float) s}, 1), t.records(x));
        if (o.requiresGrad()) {
            t.record(() -> {
                if (o.hasGrad()) {
                    float g = o.grad()[0];
                    float[] dx = x.grad();
                    for (int i = 0; i < dx.length; i++) {
                        dx[i] += g;
                    }
                    o.releaseGrad();
                }
            });
        }
        return o;
    }

    /** W packed for the kernels; frozen weights keep theirs across steps. */
    private static PackedMatrix packed(Kernels k, Variable w, int in, int out) {
        if (w.requiresGrad()) {
            return k.pack(w.data(), in, out);
        }
        if (w.packed == null) {
            w.packed = k.pack(w.data(), in, out);
        }
        return w.packed;
    }

    /** Wᵀ packed, for dx = dy·Wᵀ; cached for frozen weights. */
    private static PackedMatrix packedTransposed(Kernels k, Variable w, int in, int out) {
        if (w.requiresGrad()) {
            return k.packTransposed(w.data(), out, in);
        }
        if (w.packedTransposed == null) {
            w.packedTransposed = k.packTransposed(w.data(), out, in);
        }
        return w.packedTransposed;
    }

    /** a + b, same shapes. */
    public static Variable add(Tape t, Variable a, Variable b) {
        if (!a.shape().equals(b.shape())) {
            throw new IllegalArgumentException("add: shapes differ " + a.shape() + " vs " + b.shape());
        }
        float[] y = new float[a.size()];
        t.kernels().add(a.data(), b.data(), y, y.length);
        Variable o = t.output(Tensor.of(y, a.shape().dims()), t.records(a, b));
        if (o.requiresGrad()) {
            t.record(() -> {
                if (o.hasGrad()) {
                    for (Variable v : new Variable[] {a, b}) {
                        if (v.requiresGrad()) {
                            t.kernels().add(v.grad(), o.grad(), v.grad(), y.length);
                        }
                    }
                    o.releaseGrad();
                }
            });
        }
        return o;
    }

    /** s·x. */
    public static Variable scale(Tape t, Variable x, float s) {
        float[] y = x.data().clone();
        t.kernels().scale(y, 0, y.length, s);
        Variable o = t.output(Tensor.of(y, x.shape().dims()), t.records(x));
        if (o.requiresGrad()) {
            t.record(() -> {
                if (o.hasGrad()) {
                    float[] dx = o.grad().clone();
                    t.kernels().scale(dx, 0, dx.length, s);
                    t.kernels().add(x.grad(), dx, x.grad(), dx.length);
                    o.releaseGrad();
                }
            });
        }
        return o;
    }

    /** Exact GELU, x·Φ(x); backward dx = dy·(Φ(x) + x·φ(x)). */
    public static Variable gelu(Tape t, Variable x) {
        float[] y = x.data().clone();
        t.kernels().gelu(y, 0, y.length);
        Variable o = t.output(Tensor.of(y, x.shape().dims()), t.records(x));
        if (o.requiresGrad()) {
            t.record(() -> {
                if (o.hasGrad()) {
                    t.kernels().geluBackward(x.data(), o.grad(), x.grad(), y.length);
                    o.releaseGrad();
                }
            });
        }
        return o;
    }

    /** tanh(x); backward dx = dy·(1 − y²). */
    public static Variable tanh(Tape t, Variable x) {
        float[] xs = x.data();
        float[] y = new float[xs.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) Math.tanh(xs[i]);
        }
        return elementwise(t, x, y, i -> 1f - y[i] * y[i]);
    }

    /** SiLU, x·σ(x); backward dx = dy·σ(x)·(1 + x·(1 − σ(x))). */
    public static Variable silu(Tape t, Variable x) {
        float[] xs = x.data();
        float[] sig = new float[xs.length];
        float[] y = new float[xs.length];
        for (int i = 0; i < y.length; i++) {
            sig[i] = (float) (1.0 / (1.0 + Math.exp(-xs[i])));
            y[i] = xs[i] * sig[i];
        }
        return elementwise(t, x, y, i -> sig[i] * (1f + xs[i] * (1f - sig[i])));
    }

    /** a ⊙ b, same shapes. */
    public static Variable mul(Tape t, Variable a, Variable b) {
        if (!a.shape().equals(b.shape())) {
            throw new IllegalArgumentException("mul: shapes differ " + a.shape() + " vs " + b.shape());
        }
        float[] y = new float[a.size()];
        float[] ad = a.data();
        float[] bd = b.data();
        for (int i = 0; i < y.length; i++) {
            y[i] = ad[i] * bd[i];
        }
        Variable o = t.output(Tensor.of(y, a.shape().dims()), t.records(a, b));
        if (o.requiresGrad()) {
            t.record(() -> {
                if (o.hasGrad()) {
                    float[] dy = o.grad();
                    if (a.requiresGrad()) {
                        float[] g = a.grad();
                        for (int i = 0; i < y.length; i++) {
                            g[i] += dy[i] * bd[i];
                        }
                    }
                    if (b.requiresGrad()) {
                        float[] g = b.grad();
                        for (int i = 0; i < y.length; i++) {
                            g[i] += dy[i] * ad[i];
                        }
                    }
                    o.releaseGrad();
                }
            });
        }
        return o;
    }

    /**
     * Inverted dropout: zeroes each element with probability p and scales the rest by 1/(1−p),
     * so evaluation needs no rescaling. The mask comes from {@code rng} (seeded runs reproduce).
     */
    public static Variable dropout(Tape t, Variable x, float p, SplittableRandom rng) {
        if (p <= 0f) {
            return x;
        }
        if (p >= 1f) {
            throw new IllegalArgumentException("dropout probability must be < 1, got " + p);
        }
        float keep = 1f / (1f - p);
        float[] xs = x.data();
        float[] mask = new float[xs.length];
        float[] y = new float[xs.length];
        for (int i = 0; i < y.length; i++) {
            mask[i] = rng.nextFloat() < p ? 0f : keep;
            y[i] = xs[i] * mask[i];
        }
        return elementwise(t, x, y, i -> mask[i]);
    }

    /** Element-wise op with a precomputed local derivative: dx += dy · derivative(i). */
    private static Variable elementwise(Tape t, Variable x, float[] y, IntFloat derivative) {
        Variable o = t.output(Tensor.of(y, x.shape().dims()), t.records(x));
        if (o.requiresGrad()) {
            t.record(() -> {
                if (o.hasGrad()) {
                    float[] dy = o.grad();
                    float[] dx = x.grad();
                    for (int i = 0; i < dy.length; i++) {
                        dx[i] += dy[i] * derivative.at(i);
                    }
                    o.releaseGrad();
                }
            });
        }
        return o;
    }

    @FunctionalInterface
    interface IntFloat {
        float at(int i);
    }

    /** The shape with its last dimension replaced. */
    static int[] lastDim(Shape s, int last) {
        int[] d = s.dims();
        d[d.length - 1] = last;
        return d;
    }
}
