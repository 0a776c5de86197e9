package dev.starling.engine.model.bert;

import dev.starling.engine.autograd.Tape;
import dev.starling.engine.autograd.Variable;
import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.ops.Parallel;
import dev.starling.engine.ops.VectorKernels;
import dev.starling.engine.train.AdamW;
import dev.starling.engine.train.Gradients;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MLM corruption statistics, and MLM + NSP pretraining of a tiny BERT from scratch driving its loss down. */
class PretrainingTest {
    @Test
    void maskingFollowsTheEightyTenTenRecipe() {
        SplittableRandom rng = new SplittableRandom(1);
        int[] ids = new int[1000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = 2000 + i;
        }
        ids[0] = 101;
        ids[999] = 102;
        int chosen = 0;
        int masked = 0;
        int kept = 0;
        for (int round = 0; round < 50; round++) {
            MaskedLm.Masked m = MaskedLm.mask(ids, 103, 30522, 999, Set.of(101, 102, 103, 0), 0.15, rng);
            for (int k = 0; k < m.positions().length; k++) {
                int p = m.positions()[k];
                assertTrue(p != 0 && p != 999, "special tokens are never chosen");
                assertEquals(ids[p], m.labels()[k]);
                chosen++;
                masked += m.ids()[p] == 103 ? 1 : 0;
                kept += m.ids()[p] == ids[p] ? 1 : 0;
            }
        }
        assertEquals(0.15, chosen / (50.0 * 998), 0.01);
        assertEquals(0.80, (double) masked / chosen, 0.02);
        assertEquals(0.10, (double) kept / chosen, 0.02);
    }

    @Test
    void tinyBertLearnsMlmAndNsp() {
        BertConfig cfg = new BertConfig(40, 32, 2, 2, 64, 32, 2, 1e-12f);
        BertPretrainer model = BertPretrainer.create(cfg, BertInit.random(cfg, 3)::get, true, 0f, 4);
        VectorKernels k = new VectorKernels(Parallel.of(2));
        AdamW opt = AdamW.withWeightDecay(0.0);
        SplittableRandom rng = new SplittableRandom(9);
        List<Double> losses = new ArrayList<>();
        for (int step = 0; step < 400; step++) {
            // sequences of a fixed pattern: [CLS] a a+1 a+2 … [SEP] b b+1 … [SEP]; B follows A (label 0) or not (1)
            List<int[]> seqs = new ArrayList<>();
            List<int[]> types = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            List<Integer> labels = new ArrayList<>();
            int[] nsp = new int[8];
            int offset = 0;
            for (int s = 0; s < 8; s++) {
                int a = 4 + rng.nextInt(20);
                boolean next = rng.nextBoolean();
                int b = next ? a + 4 : 4 + rng.nextInt(30);
                nsp[s] = next ? 0 : 1;
                int[] ids = {1, a, a + 1, a + 2, a + 3, 2, b, b + 1, b + 2, 2};
                int[] t = {0, 0, 0, 0, 0, 0, 1, 1, 1, 1};
                int masked = 2 + rng.nextInt(2);
                labels.add(ids[masked]);
                rows.add(offset + masked);
                ids[masked] = 3;
                seqs.add(ids);
                types.add(t);
                offset += ids.length;
            }
            RaggedBatch rb = RaggedBatch.of(seqs);
            int[] typeIds = new int[rb.tokens()];
            for (int s = 0; s < 8; s++) {
                System.arraycopy(types.get(s), 0, typeIds, s * 10, 10);
            }
            BertPretrainer.Batch batch = new BertPretrainer.Batch(new RaggedBatch(rb.ids(), typeIds, rb.starts()),
                    rows.stream().mapToInt(Integer::intValue).toArray(), labels.stream().mapToInt(Integer::intValue).toArray(), nsp);
            Tape t = Tape.training(k);
            Variable loss = model.loss(t, batch, null);
            t.backward(loss);
            opt.step(model.trainable(), 3e-3);
            Gradients.zero(model.trainable());
            losses.add((double) loss.data()[0]);
        }
        double first = losses.subList(0, 10).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double last = losses.subList(390, 400).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertTrue(first > 3.5, "starts near ln(40) + ln(2): " + first);
        assertTrue(last < 1.0, "MLM + NSP loss fell from " + first + " to " + last);
        k.parallel().close();
    }
}
