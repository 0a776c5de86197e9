package dev.starling.engine.train;

import dev.starling.engine.autograd.Ops;
import dev.starling.engine.autograd.Tape;
import dev.starling.engine.autograd.Variable;
import dev.starling.engine.tensor.Tensor;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A linear layer for training, y = x·W + b, optionally with a LoRA adapter (Hu et al. 2021):
 * y = x·W + b + (x·A)·B·(α/r), A [in, r] Gaussian-initialised, B [r, out] zero-initialised, so
 * training starts from the pretrained function. With LoRA, W and b are frozen and only A and B
 * learn; {@link #mergedWeight()} folds the adapter back into W for inference.
 */
public final class TrainableLinear {
    private final Variable weight;
    private final Variable bias;
    private final Variable loraA;
    private final Variable loraB;
    private final float loraScale;

    private TrainableLinear(Variable weight, Variable bias, Variable loraA, Variable loraB, float loraScale) {
        this.weight = weight;
        this.bias = bias;
        this.loraA = loraA;
        this.loraB = loraB;
        this.loraScale = loraScale;
    }

    /** A fully trainable layer from W [in, out] and b [out] (b may be null). */
    public static TrainableLinear full(String name, Tensor w, Tensor b) {
        return new TrainableLinear(Variable.parameter(name + ".weight", copy(w)),
                b == null ? null : Variable.parameter(name + ".bias", copy(b)), null, null, 0f);
    }

    /** A frozen layer (no gradients), e.g. the base weights under a classification head. */
    public static TrainableLinear frozen(String name, Tensor w, Tensor b) {
        return new TrainableLinear(new Variable(copy(w), false, name + ".weight"),
                b == null ? null : new Variable(copy(b), false, name + ".bias"), null, null, 0f);
    }

    /** A frozen layer with a trainable LoRA adapter of rank r and scaling α/r. */
    public static TrainableLinear lora(String name, Tensor w, Tensor b, int rank, float alpha, SplittableRandom rng) {
        int in = w.dim(0);
        int out = w.dim(1);
        float[] a = new float[in * rank];
        double std = 1.0 / Math.sqrt(in);
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) (Parameters.gaussian(rng) * std);
        }
        return new TrainableLinear(new Variable(copy(w), false, name + ".weight"),
                b == null ? null : new Variable(copy(b), false, name + ".bias"),
                Variable.parameter(name + ".lora_A", Tensor.of(a, in, rank)),
                Variable.parameter(name + ".lora_B", Tensor.zeros(rank, out)), alpha / rank);
    }

    /** A layer with saved LoRA factors (for inference or resumed training). */
    public static TrainableLinear withAdapter(String name, Tensor w, Tensor b, Tensor a, Tensor bMat, float scale) {
        return new TrainableLinear(new Variable(copy(w), false, name + ".weight"),
                b == null ? null : new Variable(copy(b), false, name + ".bias"),
                Variable.parameter(name + ".lora_A", copy(a)), Variable.parameter(name + ".lora_B", copy(bMat)), scale);
    }


    private static Tensor copy(Tensor t) {
        return Tensor.of(t.toF32().f32().clone(), t.shape().dims());
    }

    public Variable forward(Tape t, Variable x) {
        Variable y = Ops.linear(t, x, weight, bias);
        if (loraA == null) {
            return y;
        }
        Variable delta = Ops.linear(t, Ops.linear(t, x, loraA, null), loraB, null);
        return Ops.add(t, y, Ops.scale(t, delta, loraScale));
    }

    /** The parameters that learn. */
    public List<Variable> trainable() {
        List<Variable> out = new ArrayList<>();
        for (Variable v : new Variable[] {weight, bias, loraA, loraB}) {
            if (v != null && v.requiresGrad()) {
                out.add(v);
            }
        }
        return out;
    }

    public boolean hasAdapter() {
        return loraA != null;
    }

    public Variable weight() {
        return weight;
    }

    public Variable bias() {
        return bias;
    }

    public Variable loraA() {
        return loraA;
    }

    public Variable loraB() {
        return loraB;
    }

    public float loraScale() {
        return loraScale;
    }

    /** W + A·B·(α/r) (or W without an adapter), [in, out]. */
    public Tensor mergedWeight() {
        int in = weight.dim(0);
        int out = weight.dim(1);
        float[] w = weight.data().clone();
        if (loraA != null) {
            int r = loraA.dim(1);
            float[] a = loraA.data();
            float[] b = loraB.data();
            for (int i = 0; i < in; i++) {
                for (int k = 0; k < r; k++) {
                    float aik = a[i * r + k] * loraScale;
                    for (int j = 0; j < out; j++) {
                        w[i * out + j] += aik * b[k * out + j];
                    }
                }
            }
        }
        return Tensor.of(w, in, out);
    }
}
