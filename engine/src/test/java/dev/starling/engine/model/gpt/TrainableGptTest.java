package dev.starling.engine.model.gpt;

import dev.starling.engine.autograd.Tape;
import dev.starling.engine.autograd.Variable;
import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.ops.Parallel;
import dev.starling.engine.ops.VectorKernels;
import dev.starling.engine.train.AdamW;
import dev.starling.engine.train.Gradients;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tiny decoder learns a deterministic sequence and continues it; causality holds. */
class TrainableGptTest {
    static final GptConfig CFG = new GptConfig(20, 32, 2, 2, 64, 16, 1e-5f);

    @Test
    void learnsToCountAndContinues() {
        VectorKernels k = new VectorKernels(Parallel.of(2));
        TrainableGpt gpt = TrainableGpt.random(CFG, 0f, 1);
        AdamW opt = AdamW.withWeightDecay(0.0);
        RaggedBatch batch = RaggedBatch.of(List.of(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, new int[] {5, 6, 7, 8, 9, 10, 11, 12}));
        double first = 0;
        double last = 0;
        for (int step = 0; step < 300; step++) {
            Tape t = Tape.training(k);
            Variable loss = gpt.loss(t, batch, null);
            t.backward(loss);
            opt.step(gpt.trainable(), 3e-3);
            Gradients.zero(gpt.trainable());
            if (step == 0) {
                first = loss.data()[0];
            }
            last = loss.data()[0];
        }
        assertEquals(Math.log(20), first, 0.3, "an untrained model is uniform over the vocabulary");
        assertTrue(last < 0.05, "loss " + last);
        int[] out = gpt.generate(k, new int[] {3, 4, 5}, 5, 0, -1, null);
        assertArrayEquals(new int[] {3, 4, 5, 6, 7, 8, 9, 10}, out);
        k.parallel().close();
    }

    @Test
    void aPositionDoesNotSeeTheFuture() {
        VectorKernels k = new VectorKernels(Parallel.sequential());
        TrainableGpt gpt = TrainableGpt.random(CFG, 0f, 2);
        float[] a = gpt.logits(Tape.noGrad(k), RaggedBatch.of(List.of(new int[] {1, 2, 3, 4})), null).data();
        float[] b = gpt.logits(Tape.noGrad(k), RaggedBatch.of(List.of(new int[] {1, 2, 3, 19})), null).data();
        for (int i = 0; i < 3 * CFG.vocabSize(); i++) {
            assertEquals(a[i], b[i], 1e-6, "logit " + i + " changed when only a later token did");
        }
        SplittableRandom rng = new SplittableRandom(5);
        int[] sampled = gpt.generate(k, new int[] {1}, 6, 1.0, -1, rng);
        assertEquals(7, sampled.length);
    }
}
