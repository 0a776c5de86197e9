package dev.starling.engine.train;

import dev.starling.engine.autograd.Losses;
import dev.starling.engine.autograd.Tape;
import dev.starling.engine.autograd.Variable;
import dev.starling.engine.model.bert.BertClassifier;
import dev.starling.engine.model.bert.BertConfig;
import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.ops.Parallel;
import dev.starling.engine.ops.VectorKernels;
import dev.starling.engine.tensor.Tensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trainer on a tiny BERT classifier (vocab 30, hidden 16, 2 layers): overfitting a tiny data
 * set, reproducibility from a seed, exact resume from epoch-end and mid-epoch checkpoints, and a
 * clean stop on a non-finite loss.
 */
class TrainerTest {
    static final BertConfig CFG = new BertConfig(30, 16, 2, 2, 24, 32, 2, 1e-12f);
    static final Kernels K = new VectorKernels(Parallel.of(2));

    @TempDir
    Path dir;

    @AfterAll
    static void close() {
        K.parallel().close();
    }

    /** A sequence and its label: 1 when token 7 occurs in it. */
    record Example(int[] ids, int label) {
    }

    static List<Example> data(int n, long seed) {
        Random r = new Random(seed);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int len = 3 + r.nextInt(6);
            int[] ids = new int[len];
            for (int j = 0; j < len; j++) {
                ids[j] = 1 + r.nextInt(6) + (r.nextInt(4) == 0 ? 6 : 0); // tokens 1..12, 7 in some
            }
            boolean has = false;
            for (int id : ids) {
                has |= id == 7;
            }
            out.add(new Example(ids, has ? 1 : 0));
        }
        return out;
    }

    static Map<String, Tensor> randomBase(long seed) {
        Random r = new Random(seed);
        Map<String, Tensor> w = new HashMap<>();
        w.put("embeddings.word_embeddings.weight", rand(r, 30, 16));
        w.put("embeddings.position_embeddings.weight", rand(r, 32, 16));
        w.put("embeddings.token_type_embeddings.weight", rand(r, 2, 16));
        w.put("embeddings.LayerNorm.weight", ones(16));
        w.put("embeddings.LayerNorm.bias", Tensor.zeros(16));
        for (int l = 0; l < 2; l++) {
            String p = "encoder.layer." + l + ".";
            for (String name : new String[] {"attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense"}) {
                w.put(p + name + ".weight", rand(r, 16, 16));
                w.put(p + name + ".bias", Tensor.zeros(16));
            }
            w.put(p + "attention.output.LayerNorm.weight", ones(16));
            w.put(p + "attention.output.LayerNorm.bias", Tensor.zeros(16));
            w.put(p + "intermediate.dense.weight", rand(r, 16, 24));
            w.put(p + "intermediate.dense.bias", Tensor.zeros(24));
            w.put(p + "output.dense.weight", rand(r, 24, 16));
            w.put(p + "output.dense.bias", Tensor.zeros(16));
            w.put(p + "output.LayerNorm.weight", ones(16));
            w.put(p + "output.LayerNorm.bias", Tensor.zeros(16));
        }
        return w;
    }

    static Tensor rand(Random r, int... dims) {
        float[] a = new float[dims[0] * (dims.length > 1 ? dims[1] : 1)];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) (r.nextGaussian() * 0.2);
        }
        return Tensor.of(a, dims);
    }

    static Tensor ones(int n) {
        float[] a = new float[n];
        java.util.Arrays.fill(a, 1f);
        return Tensor.of(a, n);
    }

    /** Classification of {@link Example}s with a {@link BertClassifier}. */
    static final class Task implements TrainingTask<Example> {
        final BertClassifier model;
        int nanAtCall = -1;
        int calls;

        Task(BertClassifier.Method method) {
            this.model = BertClassifier.create(CFG, randomBase(1)::get, 2, method, 4, 0.1f, 3);
        }

        @Override
        public int length(Example e) {
            return e.ids().length;
        }

        @Override
        public Variable loss(Tape tape, List<Example> batch, SplittableRandom rng) {
            RaggedBatch rb = RaggedBatch.of(batch.stream().map(Example::ids).toList());
            int[] labels = batch.stream().mapToInt(Example::label).toArray();
            Variable loss = Losses.crossEntropy(tape, model.logits(tape, rb, rng), labels, null);
            if (calls++ == nanAtCall) {
                loss.data()[0] = Float.NaN;
            }
            return loss;
        }

        @Override
        public List<Variable> parameters() {
            return model.trainable();
        }

        @Override
        public double validate(List<Example> validation) {
            RaggedBatch rb = RaggedBatch.of(validation.stream().map(Example::ids).toList());
            float[] z = model.logits(Tape.noGrad(K), rb, null).data();
            int correct = 0;
            for (int i = 0; i < validation.size(); i++) {
                int pred = z[2 * i + 1] > z[2 * i] ? 1 : 0;
                correct += pred == validation.get(i).label() ? 1 : 0;
            }
            return (double) correct / validation.size();
        }

        @Override
        public Map<String, Tensor> checkpointTensors() {
            return model.trainableWeights();
        }

        @Override
        public void restore(Map<String, Tensor> tensors) {
            model.loadTrainable(tensors);
        }
    }

    static TrainerConfig config(int epochs) {
        return TrainerConfig.defaults().withEpochs(epochs).withBatch(8, 1).withLearningRate(3e-3).withSeed(5);
    }

    @Test
    void tinyModelOverfitsTinyData() {
        List<Example> train = data(32, 1);
        Task task = new Task(BertClassifier.Method.FULL);
        Trainer.Result r = new Trainer<Example>(config(40).withSchedule(0.05, false), K, null).fit(task, train, train);
        double last = r.stepLosses().get(r.stepLosses().size() - 1);
        assertTrue(last < 0.02, "final loss " + last + " (first " + r.stepLosses().get(0) + ")");
        assertEquals(1.0, r.bestScore(), 1e-12, "training accuracy");
        assertNull(r.failure());
    }

    @Test
    void seededRunsRepeatTheirLossCurve() {
        List<Example> train = data(24, 2);
        var a = new Trainer<Example>(config(3), K, null).fit(new Task(BertClassifier.Method.LORA), train, List.of());
        var b = new Trainer<Example>(config(3), K, null).fit(new Task(BertClassifier.Method.LORA), train, List.of());
        assertEquals(a.stepLosses(), b.stepLosses());
    }

    @Test
    void resumingContinuesTheSameLossCurve() {
        List<Example> train = data(40, 3);
        List<Example> val = data(16, 4);
        Trainer.Result full = new Trainer<Example>(config(4).withCheckpoints(dir.resolve("a"), 0), K, null)
                .fit(new Task(BertClassifier.Method.FULL), train, val);
        // the same run, killed after its second epoch's checkpoint, then resumed by a fresh process
        TrainerConfig cfg = config(4).withCheckpoints(dir.resolve("b"), 0);
        TrainingListener crash = new TrainingListener() {
            @Override
            public void epoch(int epoch, double loss, double score, boolean best) {
                if (epoch == 2) {
                    throw new IllegalStateException("simulated kill");
                }
            }
        };
        assertThrows(IllegalStateException.class, () -> new Trainer<Example>(cfg, K, crash).fit(new Task(BertClassifier.Method.FULL), train, val));
        Trainer.Result resumed = new Trainer<Example>(cfg, K, null).fit(new Task(BertClassifier.Method.FULL), train, val, true);
        assertEquals(full.stepLosses(), resumed.stepLosses());
        assertEquals(full.validationScores(), resumed.validationScores());
        assertTrue(Files.isRegularFile(dir.resolve("b/best/" + Checkpoints.WEIGHTS)));
    }

    @Test
    void resumingMidEpochContinuesTheSameLossCurve() {
        List<Example> train = data(40, 5);
        Trainer.Result full = new Trainer<Example>(config(2), K, null).fit(new Task(BertClassifier.Method.LORA), train, List.of());
        TrainerConfig cfg = config(2).withCheckpoints(dir.resolve("m"), 3);
        TrainingListener crash = new TrainingListener() {
            @Override
            public void step(long step, long total, double loss, double tps) {
                if (step == 3) {
                    throw new IllegalStateException("simulated kill");
                }
            }
        };
        assertThrows(IllegalStateException.class, () -> new Trainer<Example>(cfg, K, crash).fit(new Task(BertClassifier.Method.LORA), train, List.of()));
        Trainer.Result resumed = new Trainer<Example>(cfg, K, null).fit(new Task(BertClassifier.Method.LORA), train, List.of(), true);
        assertEquals(full.stepLosses(), resumed.stepLosses());
    }

    @Test
    void nonFiniteLossStopsCleanlyKeepingTheLastGoodCheckpoint() throws Exception {
        List<Example> train = data(16, 6);
        Task task = new Task(BertClassifier.Method.FULL);
        task.nanAtCall = 3; // epoch 2 (two batches per epoch), second batch
        Trainer.Result r = new Trainer<Example>(config(3).withCheckpoints(dir.resolve("n"), 0), K, null).fit(task, train, List.of());
        assertNotNull(r.failure());
        assertTrue(r.failure().contains("loss became NaN"), r.failure());
        Checkpoints.Saved saved = Checkpoints.load(dir.resolve("n/last"));
        assertEquals(1, ((Number) saved.state().get("epoch")).intValue(), "the epoch-1 checkpoint is kept");
        assertTrue(saved.weights().values().stream().allMatch(t -> {
            for (float f : t.f32()) {
                if (!Float.isFinite(f)) {
                    return false;
                }
            }
            return true;
        }));
    }

    @Test
    void emptyDataIsAClearError() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Trainer<Example>(config(1), K, null)
                .fit(new Task(BertClassifier.Method.HEAD), List.of(), List.of()));
        assertTrue(e.getMessage().contains("no training examples"));
    }
}
