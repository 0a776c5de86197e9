package dev.starling.engine.train;

import dev.starling.engine.autograd.Variable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam with decoupled weight decay (Loshchilov &amp; Hutter), as PyTorch's AdamW:
 * θ ← θ − lr·λ·θ (matrices only); m ← β₁m + (1−β₁)g; v ← β₂v + (1−β₂)g²;
 * θ ← θ − lr·m̂/(√v̂ + ε) with m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ).
 */
public final class AdamW implements Optimizer {
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final Map<String, float[]> m = new HashMap<>();
    private final Map<String, float[]> v = new HashMap<>();
    private long t;

    public AdamW(double beta1, double beta2, double eps, double weightDecay) {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
    }

    /** PyTorch's defaults: β = (0.9, 0.999), ε = 1e-8, with the given weight decay. */
    public static AdamW withWeightDecay(double weightDecay) {
        return new AdamW(0.9, 0.999, 1e-8, weightDecay);
    }

    @Override
    public void step(List<Variable> params, double lr) {
        t++;
        double c1 = 1 - Math.pow(beta1, t);
        double c2 = 1 - Math.pow(beta2, t);
        for (Variable p : params) {
            if (!p.requiresGrad() || !p.hasGrad()) {
                continue;
            }
            float[] theta = p.data();
            float[] g = p.grad();
            float[] mp = m.computeIfAbsent(p.name(), n -> new float[theta.length]);
            float[] vp = v.computeIfAbsent(p.name(), n -> new float[theta.length]);
            float decay = (float) (1 - lr * (Optimizer.decays(p) ? weightDecay : 0));
            float b1 = (float) beta1;
            float b2 = (float) beta2;
            float stepSize = (float) (lr / c1);
            float invC2 = (float) (1 / c2);
            float e = (float) eps;
            for (int i = 0; i < theta.length; i++) {
                float gi = g[i];
                float mi = b1 * mp[i] + (1 - b1) * gi;
                float vi = b2 * vp[i] + (1 - b2) * gi * gi;
                mp[i] = mi;
                vp[i] = vi;
                theta[i] = theta[i] * decay - stepSize * mi / ((float) Math.sqrt(vi * invC2) + e);
            }
        }
    }

    public long steps() {
        return t;
    }

    @Override
    public Map<String, float[]> state() {
        Map<String, float[]> s = new HashMap<>();
        m.forEach((k, a) -> s.put("m." + k, a));
        v.forEach((k, a) -> s.put("v." + k, a));
        s.put("step", new float[] {Float.intBitsToFloat((int) (t >>> 32)), Float.intBitsToFloat((int) t)});
        return s;
    }

    @Override
    public void load(Map<String, float[]> state) {
        m.clear();
        v.clear();
        state.forEach((k, a) -> {
            if (k.startsWith("m.")) {
                m.put(k.substring(2), a.clone());
            } else if (k.startsWith("v.")) {
                v.put(k.substring(2), a.clone());
            }
        });
        float[] step = state.get("step");
        t = step == null ? 0 : ((long) Float.floatToRawIntBits(step[0]) << 32) | (Float.floatToRawIntBits(step[1]) & 0xffffffffL);
    }
}
