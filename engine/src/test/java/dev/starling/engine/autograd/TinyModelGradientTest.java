package dev.starling.engine.autograd;

import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.ops.Parallel;
import dev.starling.engine.ops.ScalarKernels;
import dev.starling.engine.ops.VectorKernels;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static dev.starling.engine.autograd.GradCheck.check;
import static dev.starling.engine.autograd.GradCheck.param;

/**
 * A whole tiny Transformer classifier (embeddings, LayerNorm, attention, GELU feed-forward,
 * residuals, mean pooling, linear head, cross-entropy) against finite differences, on both the
 * reference and the vector kernels: every parameter's gradient at once.
 */
class TinyModelGradientTest {
    @Test
    void wholeModelGradientsMatchFiniteDifferences() {
        for (Kernels k : List.of(new ScalarKernels(), new VectorKernels(Parallel.of(2)))) {
            Random r = new Random(11);
            int c = 8;
            Variable emb = param(r, 20, c);
            Variable lnG = param(r, c);
            Variable lnB = param(r, c);
            Variable wqkv = param(r, c, 3 * c);
            Variable wo = param(r, c, c);
            Variable w1 = param(r, c, 16);
            Variable w2 = param(r, 16, c);
            Variable head = param(r, c, 3);
            RaggedBatch batch = RaggedBatch.of(List.of(new int[] {1, 5, 7}, new int[] {2, 19, 4, 4, 0}));
            int[] labels = {2, 0};
            check(k, List.of(emb, lnG, lnB, wqkv, wo, w1, w2, head), t -> {
                Variable x = NormOps.layerNorm(t, EmbeddingOps.embedding(t, emb, batch.ids()), lnG, lnB, 1e-5f);
                Variable ctx = AttentionOps.selfAttention(t, Ops.linear(t, x, wqkv, null), batch, 2, false);
                Variable h = Ops.add(t, x, Ops.linear(t, ctx, wo, null));
                h = Ops.add(t, h, Ops.linear(t, Ops.gelu(t, Ops.linear(t, h, w1, null)), w2, null));
                Variable logits = Ops.linear(t, Losses.meanPool(t, h, batch), head, null);
                return Losses.crossEntropy(t, logits, labels, null);
            }, 1e-2, 3e-2, 12);
            k.parallel().close();
        }
    }
}
