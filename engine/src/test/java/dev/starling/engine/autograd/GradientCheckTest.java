package dev.starling.engine.autograd;

import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.ops.ScalarKernels;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import static dev.starling.engine.autograd.GradCheck.check;
import static dev.starling.engine.autograd.GradCheck.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every differentiable operation against central finite differences (step 1e-2 on float32
 * values, relative tolerance 2e-2), on the scalar reference kernels so that the forward values
 * are as exact as float storage allows.
 */
class GradientCheckTest {
    static final double H = 1e-2;
    static final double TOL = 2e-2;
    final Kernels k = new ScalarKernels();
    final Random r = new Random(5);

    @Test
    void linear() {
        Variable x = param(r, 5, 7);
        Variable w = param(r, 7, 3);
        Variable b = param(r, 3);
        check(k, List.of(x, w, b), t -> Ops.linear(t, x, w, b), H, TOL, 30);
    }

    @Test
    void elementwise() {
        Variable a = param(r, 4, 6);
        Variable b = param(r, 4, 6);
        check(k, List.of(a, b), t -> Ops.add(t, a, b), H, TOL, 24);
        check(k, List.of(a, b), t -> Ops.mul(t, a, b), H, TOL, 24);
        check(k, List.of(a), t -> Ops.scale(t, a, -1.7f), H, TOL, 24);
        check(k, List.of(a), t -> Ops.gelu(t, a), H, TOL, 24);
        check(k, List.of(a), t -> Ops.tanh(t, a), H, TOL, 24);
        check(k, List.of(a), t -> Ops.silu(t, a), H, TOL, 24);
        check(k, List.of(a), t -> Ops.transpose(t, a), H, TOL, 24);
        check(k, List.of(a), t -> Ops.reshape(t, a, 3, 8), H, TOL, 24);
        check(k, List.of(a), t -> Ops.sum(t, a), H, TOL, 24);
        check(k, List.of(a), t -> Ops.dropout(t, a, 0.3f, new SplittableRandom(3)), H, TOL, 24);
    }

    @Test
    void normalisation() {
        Variable x = param(r, 4, 6);
        Variable g = param(r, 6);
        Variable b = param(r, 6);
        check(k, List.of(x, g, b), t -> NormOps.layerNorm(t, x, g, b, 1e-5f), H, TOL, 24);
        check(k, List.of(x, g), t -> NormOps.rmsNorm(t, x, g, 1e-5f), H, TOL, 24);
    }

    @Test
    void lookups() {
        Variable table = param(r, 10, 4);
        Variable x = param(r, 6, 4);
        check(k, List.of(table), t -> EmbeddingOps.embedding(t, table, new int[] {3, 3, 9, 0}), H, TOL, 40);
        check(k, List.of(x), t -> EmbeddingOps.rows(t, x, new int[] {5, 1, 1}), H, TOL, 24);
    }

    @Test
    void attentionOverARaggedBatch() {
        RaggedBatch batch = RaggedBatch.of(List.of(new int[3], new int[5], new int[1]));
        Variable qkv = param(r, 9, 3 * 8);
        check(k, List.of(qkv), t -> AttentionOps.selfAttention(t, qkv, batch, 2, false), H, TOL, 216);
        check(k, List.of(qkv), t -> AttentionOps.selfAttention(t, qkv, batch, 2, true), H, TOL, 216);
    }

    @Test
    void lossesAndPooling() {
        Variable logits = param(r, 4, 5);
        check(k, List.of(logits), t -> Losses.crossEntropy(t, logits, new int[] {0, 4, Losses.IGNORE, 2}, null), H, TOL, 20);
        check(k, List.of(logits), t -> Losses.crossEntropy(t, logits, new int[] {1, 1, 3, 2}, new float[] {1, 2, 0.5f, 3, 1}), H, TOL, 20);
        Variable h = param(r, 9, 4);
        RaggedBatch batch = RaggedBatch.of(List.of(new int[3], new int[5], new int[1]));
        check(k, List.of(h), t -> Losses.meanPool(t, h, batch), H, TOL, 36);
    }

    @Test
    void crossEntropyValueByHand() {
        // logits [0, ln 3]: p = [1/4, 3/4]; label 1 → −ln(3/4)
        Variable z = Variable.parameter("z", dev.starling.engine.tensor.Tensor.of(new float[] {0f, (float) Math.log(3)}, 1, 2));
        Tape t = Tape.training(k);
        Variable loss = Losses.crossEntropy(t, z, new int[] {1}, null);
        assertEquals(-Math.log(0.75), loss.data()[0], 1e-6);
        t.backward(loss);
        assertEquals(0.25, z.grad()[0], 1e-6);
        assertEquals(-0.25, z.grad()[1], 1e-6);
        assertThrows(IllegalArgumentException.class, () -> Losses.crossEntropy(Tape.noGrad(k), z, new int[] {2}, null));
    }
}
