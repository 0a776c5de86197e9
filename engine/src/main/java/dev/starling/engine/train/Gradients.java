package dev.starling.engine.train;

import dev.starling.engine.autograd.Variable;

import java.util.List;

/** Operations over the gradients of a parameter list. */
public final class Gradients {
    private Gradients() {
    }

    /** The global L2 norm of all gradients (NaN or infinite when any gradient is). */
    public static double norm(List<Variable> params) {
        double sq = 0;
        for (Variable p : params) {
            if (p.hasGrad()) {
                for (float g : p.grad()) {
                    sq += (double) g * g;
                }
            }
        }
        return Math.sqrt(sq);
    }

    /** Scales all gradients so their global norm is at most {@code maxNorm}; returns the norm before clipping. */
    public static double clipGlobalNorm(List<Variable> params, double maxNorm) {
        double norm = norm(params);
        if (Double.isFinite(norm) && norm > maxNorm && maxNorm > 0) {
            scale(params, (float) (maxNorm / norm));
        }
        return norm;
    }

    /** g ← s·g for every parameter (e.g. 1/k after accumulating k micro-batches). */
    public static void scale(List<Variable> params, float s) {
        for (Variable p : params) {
            if (p.hasGrad()) {
                float[] g = p.grad();
                for (int i = 0; i < g.length; i++) {
                    g[i] *= s;
                }
            }
        }
    }

    public static void zero(List<Variable> params) {
        for (Variable p : params) {
            p.zeroGrad();
        }
    }
}
