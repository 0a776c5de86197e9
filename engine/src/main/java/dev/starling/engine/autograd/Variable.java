package dev.starling.engine.autograd;

import dev.starling.engine.tensor.Shape;
import dev.starling.engine.tensor.Tensor;

import java.util.Arrays;

/**
 * A value in a differentiable computation: a float32 tensor and, when it takes part in
 * training, its gradient (allocated on first use, same shape). Parameters are variables that
 * require a gradient and carry a name; activations produced by {@link Tape} operations require
 * one when any of their inputs does.
 */
public final class Variable {
    private final Tensor value;
    private final boolean requiresGrad;
    private final String name;
    private float[] grad;
    /** Packed forms of a frozen weight (its value never changes), kept across steps. */
    dev.starling.engine.ops.PackedMatrix packed;
    dev.starling.engine.ops.PackedMatrix packedTransposed;

    public Variable(Tensor value, boolean requiresGrad, String name) {
        this.value = value.toF32();
        this.requiresGrad = requiresGrad;
        this.name = name;
    }

    /** An input that needs no gradient. */
    public static Variable constant(Tensor t) {
        return new Variable(t, false, null);
    }

    /** A trainable parameter. */
    public static Variable parameter(String name, Tensor t) {
        return new Variable(t, true, name);
    }

    public Tensor value() {
        return value;
    }

    /** The float32 values (row-major). */
    public float[] data() {
        return value.f32();
    }

    public Shape shape() {
        return value.shape();
    }

    public int dim(int axis) {
        return value.dim(axis);
    }

    public int size() {
        return (int) value.size();
    }

    public boolean requiresGrad() {
        return requiresGrad;
    }

    public String name() {
        return name;
    }

    /** The gradient, allocated (zeros) on first use. */
    public float[] grad() {
        if (grad == null) {
            grad = new float[size()];
        }
        return grad;
    }

    public boolean hasGrad() {
        return grad != null;
    }

    public void zeroGrad() {
        if (grad != null) {
            Arrays.fill(grad, 0f);
        }
    }

    /** Releases the gradient buffer (intermediate activations, once backward has consumed it). */
    void releaseGrad() {
        grad = null;
    }

    @Override
    public String toString() {
        return (name == null ? "Variable" : name) + value.shape() + (requiresGrad ? " (grad)" : "");
    }
}
