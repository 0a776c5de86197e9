package dev.starling.engine.train;

import dev.starling.engine.autograd.Variable;
import dev.starling.engine.tensor.Tensor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Named parameter lists to and from tensor maps (checkpoints), and the weight initialisers models share. */
public final class Parameters {
    private Parameters() {
    }

    /** The parameters' current values by name, in list order. */
    public static Map<String, Tensor> named(List<Variable> params) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (Variable v : params) {
            out.put(v.name(), v.value());
        }
        return out;
    }

    /** Overwrites each parameter with the saved tensor of its name; names and shapes must match. */
    public static void load(List<Variable> params, Map<String, Tensor> saved) {
        for (Variable v : params) {
            Tensor t = saved.get(v.name());
            if (t == null || !t.shape().equals(v.shape())) {
                throw new IllegalArgumentException("saved weights lack '" + v.name() + "' of shape " + v.shape());
            }
            System.arraycopy(t.toF32().f32(), 0, v.data(), 0, v.size());
        }
    }

    /** A standard normal draw (Box–Muller) from a splittable generator, so seeded runs repeat. */
    public static double gaussian(SplittableRandom rng) {
        double u = Math.max(rng.nextDouble(), 1e-300);
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    /** A tensor of N(0, std²) values. */
    public static Tensor normal(SplittableRandom rng, double std, int... dims) {
        int n = 1;
        for (int d : dims) {
            n *= d;
        }
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) (gaussian(rng) * std);
        }
        return Tensor.of(a, dims);
    }

    /** A vector of ones (LayerNorm gains). */
    public static Tensor ones(int n) {
        float[] a = new float[n];
        java.util.Arrays.fill(a, 1f);
        return Tensor.of(a, n);
    }
}
