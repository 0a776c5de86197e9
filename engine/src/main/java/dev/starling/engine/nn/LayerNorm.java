package dev.starling.engine.nn;

import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tensor.Tensor;

/** LayerNorm over the last dimension: (x − mean)/√(var + eps)·γ + β, eps taken from the model. */
public final class LayerNorm {
    private final float[] gamma;
    private final float[] beta;
    private final float eps;

    public LayerNorm(Tensor gamma, Tensor beta, float eps) {
        this.gamma = gamma.toF32().f32().clone();
        this.beta = beta.toF32().f32().clone();
        this.eps = eps;
        if (this.gamma.length != this.beta.length) {
            throw new IllegalArgumentException("LayerNorm gamma and beta differ in size");
        }
    }

    public float eps() {
        return eps;
    }

    /** out[M, C] = LN(x + residual); residual may be null, out may be x. */
    public void forward(Kernels kernels, float[] x, float[] residual, int rows, float[] out) {
        kernels.layerNorm(x, residual, rows, gamma.length, gamma, beta, eps, out);
    }
}
