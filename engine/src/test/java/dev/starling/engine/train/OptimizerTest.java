package dev.starling.engine.train;

import dev.starling.engine.autograd.Variable;
import dev.starling.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Optimizer updates against values computed by hand from the published update rules. */
class OptimizerTest {
    static Variable param(float value, float grad, int... dims) {
        int n = 1;
        for (int d : dims) {
            n *= d;
        }
        float[] v = new float[n];
        java.util.Arrays.fill(v, value);
        Variable p = Variable.parameter("w" + dims.length, Tensor.of(v, dims));
        java.util.Arrays.fill(p.grad(), grad);
        return p;
    }

    @Test
    void adamWFirstStepsByHand() {
        Variable w = param(1f, 0.5f, 2, 2);   // a matrix: decayed
        Variable b = param(1f, 0.5f, 2);      // a bias: not decayed
        AdamW opt = new AdamW(0.9, 0.999, 1e-8, 0.1);
        opt.step(List.of(w, b), 0.01);
        // step 1: m̂ = g, v̂ = g², update = lr·g/(|g| + ε) = 0.01; decay: θ·(1 − lr·λ) = 0.999
        assertEquals(1f * (1 - 0.001f) - 0.01f, w.data()[0], 1e-6);
        assertEquals(1f - 0.01f, b.data()[0], 1e-6);
        java.util.Arrays.fill(w.grad(), -0.5f);
        opt.step(List.of(w), 0.01);
        // step 2: m = 0.9·0.05 − 0.05 = −0.005, m̂ = −0.005/0.19; v = 0.999·2.5e-4·... both g² = 0.25 → v̂ = 0.25
        double m = (0.9 * 0.05 + 0.1 * -0.5);
        double mHat = m / (1 - 0.81);
        double vHat = (0.999 * 0.00025 + 0.001 * 0.25) / (1 - 0.998001);
        double expected = (1 * 0.999 - 0.01) * 0.999 - 0.01 * mHat / (Math.sqrt(vHat) + 1e-8);
        assertEquals(expected, w.data()[0], 1e-6);
        assertEquals(2, opt.steps());
    }

    @Test
    void sgdMomentumByHand() {
        Variable w = param(1f, 1f, 3, 1);
        Sgd opt = new Sgd(0.9, 0.0, false);
        opt.step(List.of(w), 0.1);            // v = 1, θ = 0.9
        assertEquals(0.9f, w.data()[0], 1e-7);
        opt.step(List.of(w), 0.1);            // v = 0.9 + 1 = 1.9, θ = 0.9 − 0.19
        assertEquals(0.71f, w.data()[0], 1e-6);
    }

    @Test
    void stateRoundTripsForResume() {
        Variable a = param(1f, 0.3f, 2, 2);
        Variable a2 = param(1f, 0.3f, 2, 2);
        AdamW first = AdamW.withWeightDecay(0.01);
        first.step(List.of(a), 0.1);
        AdamW second = AdamW.withWeightDecay(0.01);
        second.load(first.state());
        System.arraycopy(a.data(), 0, a2.data(), 0, 4);
        first.step(List.of(a), 0.1);
        second.step(List.of(a2), 0.1);
        assertEquals(a.data()[0], a2.data()[0], 0f);
        assertEquals(first.steps(), second.steps());
    }

    @Test
    void schedulesAndClipping() {
        LearningRateSchedule lin = LearningRateSchedule.warmupLinear(1.0, 10, 110);
        assertEquals(0.1, lin.at(0), 1e-12);
        assertEquals(1.0, lin.at(9), 1e-12);
        assertEquals(0.5, lin.at(60), 1e-12);
        assertEquals(0.0, lin.at(110), 1e-12);
        LearningRateSchedule cos = LearningRateSchedule.warmupCosine(1.0, 0, 100, 0.1);
        assertEquals(1.0, cos.at(0), 1e-12);
        assertEquals(0.55, cos.at(50), 1e-12);
        assertEquals(0.1, cos.at(100), 1e-12);
        Variable g = param(0f, 3f, 1);
        Variable h = param(0f, 4f, 1);
        assertEquals(5.0, Gradients.clipGlobalNorm(List.of(g, h), 1.0), 1e-9);
        assertEquals(0.6f, g.grad()[0], 1e-6);
        assertEquals(0.8f, h.grad()[0], 1e-6);
    }

    @Test
    void metricsAsScikitLearn() {
        // gold 0 0 1 1 2, pred 0 1 1 1 0: class 0 P=1/2 R=1/2; class 1 P=2/3 R=1; class 2 P=0 R=0
        Metrics m = Metrics.of(3, new int[] {0, 0, 1, 1, 2}, new int[] {0, 1, 1, 1, 0});
        assertEquals(0.6, m.accuracy(), 1e-12);
        assertEquals(0.5, m.f1(0), 1e-12);
        assertEquals(0.8, m.f1(1), 1e-12);
        assertEquals(0.0, m.f1(2), 1e-12);
        assertEquals(1.3 / 3, m.macroF1(), 1e-12);
        assertEquals(0.5, m.macroRecall(), 1e-12);
        assertEquals(0.65, m.meanF1(0, 1), 1e-12);
    }
}
