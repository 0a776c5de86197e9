package dev.starling.engine.model.bert;

import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.nn.Workspace;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.ops.Parallel;
import dev.starling.engine.ops.ScalarKernels;
import dev.starling.engine.ops.VectorKernels;
import dev.starling.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The BERT encoder on a tiny random model (vocab 99, hidden 32, 2 layers, 4 heads) against a
 * naive double-precision forward pass over a padded, masked batch. Invariants: ragged equals
 * padded+masked, batched equals one-at-a-time, vector backend equals scalar backend.
 * Tolerance 1e-4 absolute on the last hidden state (float vs double through 2 layers).
 */
class BertModelTest {
    static final Map<String, Tensor> W = TinyBert.randomWeights(7);
    static final int[][] SEQS = {{2, 5, 17, 98, 3}, {2, 40, 3}, {2, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 3}, {2, 3}};

    static BertModel model(Kernels k) {
        return BertLoader.build(TinyBert.CONFIG, W::get, BertLoader.LinearLayout.IN_OUT, k);
    }

    @Test
    void raggedBatchMatchesNaivePaddedReference() {
        int maxT = 0;
        for (int[] s : SEQS) {
            maxT = Math.max(maxT, s.length);
        }
        int[][] ids = new int[SEQS.length][maxT];
        int[][] mask = new int[SEQS.length][maxT];
        for (int b = 0; b < SEQS.length; b++) {
            for (int t = 0; t < SEQS[b].length; t++) {
                ids[b][t] = SEQS[b][t];
                mask[b][t] = 1;
            }
        }
        double[][][] expected = TinyBert.forward(W, ids, mask);
        for (Kernels k : List.of(new ScalarKernels(), new VectorKernels(Parallel.of(2)))) {
            RaggedBatch batch = RaggedBatch.of(List.of(SEQS));
            float[] h = model(k).forward(batch, new Workspace());
            int c = TinyBert.CONFIG.hidden();
            for (int b = 0; b < SEQS.length; b++) {
                for (int t = 0; t < SEQS[b].length; t++) {
                    for (int j = 0; j < c; j++) {
                        double e = expected[b][t][j];
                        float a = h[(batch.start(b) + t) * c + j];
                        assertEquals(e, a, 1e-4, k.name() + " seq " + b + " token " + t + " dim " + j);
                    }
                }
            }
            k.parallel().close();
        }
    }

    @Test
    void batchedEqualsOneAtATime() {
        Kernels k = new VectorKernels(Parallel.of(2));
        BertModel m = model(k);
        int c = TinyBert.CONFIG.hidden();
        RaggedBatch all = RaggedBatch.of(List.of(SEQS));
        float[] together = m.forward(all, new Workspace()).clone();
        for (int b = 0; b < SEQS.length; b++) {
            float[] alone = m.forward(RaggedBatch.of(List.of(SEQS[b])), new Workspace());
            for (int i = 0; i < SEQS[b].length * c; i++) {
                assertEquals(alone[i], together[all.start(b) * c + i], 1e-5, "seq " + b);
            }
        }
        k.parallel().close();
    }

    @Test
    void tooLongSequencesAndBadIdsAreClearErrors() {
        BertModel m = model(new ScalarKernels());
        int[] tooLong = new int[TinyBert.CONFIG.maxPositions() + 1];
        var e = assertThrows(IllegalArgumentException.class, () -> m.forward(RaggedBatch.of(List.of(tooLong)), new Workspace()));
        assertTrue(e.getMessage().contains("exceeds the model's 64 positions"), e.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class, () -> m.forward(RaggedBatch.of(List.<int[]>of(new int[] {2, 99})), new Workspace()));
        assertTrue(e2.getMessage().contains("token id 99"), e2.getMessage());
    }

    @Test
    void missingWeightIsNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> BertLoader.build(TinyBert.CONFIG,
                n -> n.contains("layer.1.output.dense.bias") ? null : W.get(n), BertLoader.LinearLayout.IN_OUT, new ScalarKernels()));
        assertTrue(e.getMessage().contains("encoder.layer.1.output.dense.bias"), e.getMessage());
    }
}
