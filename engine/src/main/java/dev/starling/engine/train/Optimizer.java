package dev.starling.engine.train;

import dev.starling.engine.autograd.Variable;

import java.util.List;
import java.util.Map;

/**
 * Updates parameters from their gradients. Implementations keep per-parameter state (momentum,
 * moments) keyed by parameter name, exposed for checkpoints so a resumed run continues exactly.
 */
public interface Optimizer {
    /** One update of every parameter that has a gradient, at learning rate {@code lr}. */
    void step(List<Variable> params, double lr);

    /** The optimizer's state (name → values), including a step counter where it keeps one. */
    Map<String, float[]> state();

    /** Restores state saved by {@link #state()}. */
    void load(Map<String, float[]> state);

    /** Weight decay applies to matrices (weights), not to biases and normalisation gains. */
    static boolean decays(Variable p) {
        return p.shape().rank() >= 2;
    }
}
