package dev.starling.engine.train;

import dev.starling.engine.autograd.Variable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stochastic gradient descent with momentum and (L2) weight decay, as PyTorch's SGD:
 * g ← g + λ·θ (matrices only); v ← μ·v + g; θ ← θ − lr·v (Nesterov: θ ← θ − lr·(g + μ·v)).
 */
public final class Sgd implements Optimizer {
    private final double momentum;
    private final double weightDecay;
    private final boolean nesterov;
    private final Map<String, float[]> velocity = new HashMap<>();

    public Sgd(double momentum, double weightDecay, boolean nesterov) {
        if (momentum < 0 || weightDecay < 0) {
            throw new IllegalArgumentException("momentum and weight decay must be >= 0");
        }
        this.momentum = momentum;
        this.weightDecay = weightDecay;
        this.nesterov = nesterov;
    }

    @Override
    public void step(List<Variable> params, double lr) {
        for (Variable p : params) {
            if (!p.requiresGrad() || !p.hasGrad()) {
                continue;
            }
            float[] theta = p.data();
            float[] g = p.grad();
            float[] v = velocity.computeIfAbsent(p.name(), n -> new float[theta.length]);
            double wd = Optimizer.decays(p) ? weightDecay : 0;
            for (int i = 0; i < theta.length; i++) {
                double grad = g[i] + wd * theta[i];
                double vel = momentum * v[i] + grad;
                v[i] = (float) vel;
                theta[i] -= (float) (lr * (nesterov ? grad + momentum * vel : vel));
            }
        }
    }

    @Override
    public Map<String, float[]> state() {
        Map<String, float[]> s = new HashMap<>();
        velocity.forEach((k, v) -> s.put("velocity." + k, v));
        return s;
    }

    @Override
    public void load(Map<String, float[]> state) {
        velocity.clear();
        state.forEach((k, v) -> {
            if (k.startsWith("velocity.")) {
                velocity.put(k.substring("velocity.".length()), v.clone());
            }
        });
    }
}
