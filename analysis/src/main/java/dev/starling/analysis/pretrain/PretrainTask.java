package dev.starling.analysis.pretrain;

import dev.starling.engine.autograd.Tape;
import dev.starling.engine.autograd.Variable;
import dev.starling.engine.model.bert.BertPretrainer;
import dev.starling.engine.model.bert.MaskedLm;
import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tensor.Tensor;
import dev.starling.engine.train.TrainingTask;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Masked-LM (+ optional next-sentence) pretraining on tweets. An example is a tweet's word pieces.
 * With NSP, each tweet is cut at a word boundary into A and B; half of the pairs keep their own B
 * (label 0, "is next"), half take the second half of another tweet in the batch (label 1).
 * Validation: the negative MLM loss on held-out tweets, masked with a fixed seed (higher is better).
 */
public final class PretrainTask implements TrainingTask<int[]> {
    private final BertPretrainer model;
    private final Kernels kernels;
    private final boolean nsp;
    private final int cls;
    private final int sep;
    private final int mask;
    private final Set<Integer> special;
    private final int vocab;
    private final int maxTokens;

    public PretrainTask(BertPretrainer model, Kernels kernels, boolean nsp, int cls, int sep, int mask, int maxTokens) {
        this.model = model;
        this.kernels = kernels;
        this.nsp = nsp;
        this.cls = cls;
        this.sep = sep;
        this.mask = mask;
        this.special = Set.of(0, cls, sep, mask, 100);
        this.vocab = model.encoder().config().vocabSize();
        this.maxTokens = maxTokens;
    }

    public BertPretrainer model() {
        return model;
    }

    @Override
    public int length(int[] pieces) {
        return pieces.length + 3;
    }

    /** Builds the corrupted batch. {@code rng} drives pairing and masking. */
    public BertPretrainer.Batch batch(List<int[]> pieces, SplittableRandom rng) {
        List<int[]> seqs = new ArrayList<>();
        List<int[]> types = new ArrayList<>();
        int[] nspLabels = nsp ? new int[pieces.size()] : null;
        for (int i = 0; i < pieces.size(); i++) {
            int[] p = truncate(pieces.get(i), maxTokens - 3);
            if (!nsp) {
                seqs.add(concat(new int[] {cls}, p, new int[] {sep}));
                types.add(new int[p.length + 2]);
                continue;
            }
            int cut = Math.max(1, p.length / 2);
            int[] a = java.util.Arrays.copyOfRange(p, 0, cut);
            int[] b = java.util.Arrays.copyOfRange(p, cut, p.length);
            if (rng.nextBoolean() && pieces.size() > 1) {
                int j = rng.nextInt(pieces.size() - 1);
                j = j >= i ? j + 1 : j;
                int[] other = truncate(pieces.get(j), maxTokens - 3);
                b = java.util.Arrays.copyOfRange(other, Math.max(1, other.length / 2), other.length);
                nspLabels[i] = 1;
            }
            seqs.add(concat(new int[] {cls}, a, new int[] {sep}, b, new int[] {sep}));
            int[] t = new int[a.length + b.length + 3];
            java.util.Arrays.fill(t, a.length + 2, t.length, 1);
            types.add(t);
        }
        List<Integer> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        int offset = 0;
        List<int[]> corrupted = new ArrayList<>();
        for (int[] s : seqs) {
            MaskedLm.Masked m = MaskedLm.mask(s, mask, vocab, 999, special, 0.15, rng);
            corrupted.add(m.ids());
            for (int k = 0; k < m.positions().length; k++) {
                rows.add(offset + m.positions()[k]);
                labels.add(m.labels()[k]);
            }
            offset += s.length;
        }
        RaggedBatch rb = RaggedBatch.of(corrupted);
        int[] typeIds = new int[rb.tokens()];
        int at = 0;
        for (int[] t : types) {
            System.arraycopy(t, 0, typeIds, at, t.length);
            at += t.length;
        }
        RaggedBatch withTypes = new RaggedBatch(rb.ids(), typeIds, starts(rb));
        return new BertPretrainer.Batch(withTypes, rows.stream().mapToInt(Integer::intValue).toArray(),
                labels.stream().mapToInt(Integer::intValue).toArray(), nspLabels);
    }

    private static int[] starts(RaggedBatch rb) {
        int[] s = new int[rb.size() + 1];
        for (int i = 0; i < rb.size(); i++) {
            s[i + 1] = rb.start(i) + rb.length(i);
        }
        return s;
    }

    private static int[] truncate(int[] p, int n) {
        return p.length <= n ? p : java.util.Arrays.copyOf(p, n);
    }

    private static int[] concat(int[]... parts) {
        int n = 0;
        for (int[] p : parts) {
            n += p.length;
        }
        int[] out = new int[n];
        int at = 0;
        for (int[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @Override
    public Variable loss(Tape tape, List<int[]> batch, SplittableRandom rng) {
        return model.loss(tape, batch(batch, rng), rng);
    }

    @Override
    public List<Variable> parameters() {
        return model.trainable();
    }

    @Override
    public double validate(List<int[]> validation) {
        SplittableRandom rng = new SplittableRandom(12345);
        double sum = 0;
        int batches = 0;
        for (int from = 0; from < validation.size(); from += 64) {
            BertPretrainer.Batch b = batch(validation.subList(from, Math.min(validation.size(), from + 64)), rng);
            model.loss(Tape.noGrad(kernels), b, null);
            sum += model.lastMlmLoss();
            batches++;
        }
        return -sum / Math.max(1, batches);
    }

    @Override
    public Map<String, Tensor> checkpointTensors() {
        return model.weights();
    }

    @Override
    public void restore(Map<String, Tensor> tensors) {
        model.load(tensors);
    }
}
