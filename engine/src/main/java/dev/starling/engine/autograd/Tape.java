package dev.starling.engine.autograd;

import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tensor.Tensor;

import java.util.ArrayList;
import java.util.List;

/**
 * Reverse-mode automatic differentiation. Operations ({@link Ops} and friends) compute their
 * forward value with the engine's kernels and, when an input needs a gradient, append a backward
 * step here. {@link #backward} runs the steps in reverse and drops each one as soon as it has run,
 * so the activations it captured are freed during the backward pass, not after it. A tape is used
 * for one forward/backward pass; {@link #noGrad} tapes record nothing (evaluation).
 */
public final class Tape {
    private final Kernels kernels;
    private final boolean recording;
    private final List<Runnable> steps = new ArrayList<>();

    private Tape(Kernels kernels, boolean recording) {
        this.kernels = kernels;
        this.recording = recording;
    }

    /** A tape that records backward steps. */
    public static Tape training(Kernels kernels) {
        return new Tape(kernels, true);
    }

    /** A tape that records nothing: forward values only. */
    public static Tape noGrad(Kernels kernels) {
        return new Tape(kernels, false);
    }

    public Kernels kernels() {
        return kernels;
    }

    /** Whether an operation over these inputs must record a backward step. */
    boolean records(Variable... inputs) {
        if (!recording) {
            return false;
        }
        for (Variable v : inputs) {
            if (v != null && v.requiresGrad()) {
                return true;
            }
        }
        return false;
    }

    /** A new activation holding {@code value}; it needs a gradient when {@code grad} says so. */
    Variable output(Tensor value, boolean grad) {
        return new Variable(value, grad, null);
    }

    void record(Runnable backwardStep) {
        steps.add(backwardStep);
    }

    /** Number of recorded backward steps (for tests and diagnostics). */
    public int size() {
        return steps.size();
    }

    /** Back-propagates from a scalar {@code loss}: d loss / d loss = 1. */
    public void backward(Variable loss) {
        if (loss.size() != 1) {
            throw new IllegalArgumentException("backward needs a scalar loss, got shape " + loss.shape());
        }
        if (!loss.requiresGrad()) {
            throw new IllegalStateException("the loss does not depend on any parameter");
        }
        loss.grad()[0] = 1f;
        for (int i = steps.size() - 1; i >= 0; i--) {
            steps.get(i).run();
            steps.set(i, null);
        }
        steps.clear();
    }
}
