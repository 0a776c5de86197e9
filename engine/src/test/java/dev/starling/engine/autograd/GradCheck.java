package dev.starling.engine.autograd;

import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tensor.Tensor;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Gradient checking against central finite differences: for a function of some variables to a
 * tensor, the scalar L = Σ out ⊙ R (R fixed random) is differentiated both ways on up to
 * {@code samples} elements of every input. Finite differences use step h on float32 values, so
 * the tolerance is relative: |analytic − numeric| ≤ tol·max(1, |analytic|, |numeric|).
 */
final class GradCheck {
    private GradCheck() {
    }

    static Variable param(Random r, int... dims) {
        int n = 1;
        for (int d : dims) {
            n *= d;
        }
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) r.nextGaussian();
        }
        return Variable.parameter("p", Tensor.of(a, dims));
    }

    static void check(Kernels k, List<Variable> inputs, Function<Tape, Variable> f, double h, double tol, int samples) {
        Random r = new Random(99);
        Variable probe = f.apply(Tape.noGrad(k));
        float[] weights = new float[probe.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) r.nextGaussian();
        }
        for (Variable v : inputs) {
            v.zeroGrad();
        }
        Tape tape = Tape.training(k);
        Variable out = f.apply(tape);
        Variable loss = weighted(tape, out, weights);
        tape.backward(loss);
        for (int in = 0; in < inputs.size(); in++) {
            Variable v = inputs.get(in);
            float[] data = v.data();
            float[] analytic = v.grad().clone();
            for (int s = 0; s < Math.min(samples, data.length); s++) {
                int i = data.length <= samples ? s : r.nextInt(data.length);
                float saved = data[i];
                data[i] = (float) (saved + h);
                double plus = value(k, f, weights);
                data[i] = (float) (saved - h);
                double minus = value(k, f, weights);
                data[i] = saved;
                double numeric = (plus - minus) / (2 * h);
                double a = analytic[i];
                double bound = tol * Math.max(1, Math.max(Math.abs(a), Math.abs(numeric)));
                if (!(Math.abs(a - numeric) <= bound)) {
                    throw new AssertionError("input " + in + " " + v.shape() + " element " + i + ": analytic " + a
                            + " vs numeric " + numeric);
                }
            }
        }
    }

    private static double value(Kernels k, Function<Tape, Variable> f, float[] weights) {
        float[] out = f.apply(Tape.noGrad(k)).data();
        double s = 0;
        for (int i = 0; i < out.length; i++) {
            s += (double) out[i] * weights[i];
        }
        return s;
    }

    /** Σ out ⊙ w as a differentiable scalar. */
    private static Variable weighted(Tape t, Variable out, float[] weights) {
        return Ops.sum(t, Ops.mul(t, out, Variable.constant(Tensor.of(weights.clone(), out.shape().dims()))));
    }
}
