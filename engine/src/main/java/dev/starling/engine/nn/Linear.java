package dev.starling.engine.nn;

import dev.starling.engine.ops.Activation;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.ops.PackedMatrix;
import dev.starling.engine.tensor.Tensor;

/** y = act(x·W + b) with W stored [in, out] and packed once for the kernel backend. */
public final class Linear {
    private final PackedMatrix weight;
    private final float[] bias;

    /** @param weight [in, out] float32; @param bias [out] or null */
    public Linear(Kernels kernels, Tensor weight, Tensor bias) {
        if (weight.rank() != 2) {
            throw new IllegalArgumentException("linear weight must be [in, out], got " + weight.shape());
        }
        Tensor w = weight.toF32();
        this.weight = kernels.pack(w.f32(), w.dim(0), w.dim(1));
        this.bias = bias == null ? null : bias.toF32().f32().clone();
        if (this.bias != null && this.bias.length != w.dim(1)) {
            throw new IllegalArgumentException("bias has " + this.bias.length + " entries, weight has " + w.dim(1) + " outputs");
        }
    }

    public int in() {
        return weight.k();
    }

    public int out() {
        return weight.n();
    }

    /** y[M, out] = act(x[M, in] · W + b). */
    public void forward(Kernels kernels, float[] x, int m, Activation act, float[] y) {
        kernels.linear(x, m, weight, bias, act, y);
    }

    public long bytes() {
        return weight.bytes() + (bias == null ? 0 : 4L * bias.length);
    }
}
