package dev.starling.bench;

import dev.starling.analysis.models.BaseEncoder;
import dev.starling.engine.autograd.Losses;
import dev.starling.engine.autograd.Tape;
import dev.starling.engine.autograd.Variable;
import dev.starling.engine.model.bert.BertClassifier;
import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.train.AdamW;
import dev.starling.engine.train.Gradients;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Training throughput of a MiniLM-sized model (all-MiniLM-L6-v2 with a 3-class head), batch
 * 32 × 64 tokens, AdamW, forward + backward + update per step: the shape the PyTorch anchor
 * uses. Prints tokens/s per step and the median of the measured steps.
 * Usage: TrainThroughput [full|lora|head] [STEPS=12] [THREADS=2]
 */
public final class TrainThroughput {
    private TrainThroughput() {
    }

    public static void main(String[] args) {
        BertClassifier.Method method = BertClassifier.Method.valueOf((args.length > 0 ? args[0] : "full").toUpperCase(Locale.ROOT));
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Kernels k = KernelRegistry.create(threads);
        BaseEncoder base = BaseEncoder.minilm();
        BertClassifier model = BertClassifier.create(base.config(), base.weights()::get, 3, method, 16, 0.1f, 1);
        List<Variable> params = model.trainable();
        AdamW opt = AdamW.withWeightDecay(0.01);
        Random r = new Random(1);
        List<int[]> seqs = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            int[] ids = new int[64];
            for (int j = 0; j < 64; j++) {
                ids[j] = 1000 + r.nextInt(28000);
            }
            ids[0] = 101;
            ids[63] = 102;
            seqs.add(ids);
        }
        RaggedBatch batch = RaggedBatch.of(seqs);
        int[] labels = new int[32];
        double[] tps = new double[steps];
        for (int s = 0; s < steps; s++) {
            long t0 = System.nanoTime();
            Tape tape = Tape.training(k);
            Variable loss = Losses.crossEntropy(tape, model.logits(tape, batch, new SplittableRandom(s)), labels, null);
            tape.backward(loss);
            Gradients.clipGlobalNorm(params, 1.0);
            opt.step(params, 1e-5);
            Gradients.zero(params);
            double sec = (System.nanoTime() - t0) / 1e9;
            tps[s] = 32 * 64 / sec;
            System.out.printf(Locale.ROOT, "step %d: %.2f s, %.0f tokens/s, loss %.4f%n", s + 1, sec, tps[s], loss.data()[0]);
        }
        double[] measured = Arrays.copyOfRange(tps, Math.min(2, steps - 1), steps);
        Arrays.sort(measured);
        System.out.printf(Locale.ROOT, "%s fine-tuning, batch 32 x 64 tokens, AdamW, %d threads: median %.0f tokens/s over %d steps (first 2 are warm-up)%n",
                method.name().toLowerCase(Locale.ROOT), threads, measured[measured.length / 2], measured.length);
        k.parallel().close();
    }
}
