package dev.starling.analysis.classify;

import dev.starling.analysis.tasks.Metric;
import dev.starling.engine.autograd.Losses;
import dev.starling.engine.autograd.Tape;
import dev.starling.engine.autograd.Variable;
import dev.starling.engine.model.bert.BertClassifier;
import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tensor.Tensor;
import dev.starling.engine.train.Metrics;
import dev.starling.engine.train.TrainingTask;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fine-tuning a {@link BertClassifier} on labelled posts: cross-entropy (optionally class-weighted
 * for skewed label distributions), validated with the task's official metric.
 */
public final class FineTuneTask implements TrainingTask<EncodedExample> {
    private final BertClassifier model;
    private final Kernels kernels;
    private final Metric metric;
    private final float[] classWeights;

    public FineTuneTask(BertClassifier model, Kernels kernels, Metric metric, float[] classWeights) {
        this.model = model;
        this.kernels = kernels;
        this.metric = metric;
        this.classWeights = classWeights;
    }

    public BertClassifier model() {
        return model;
    }

    @Override
    public int length(EncodedExample e) {
        return e.ids().length;
    }

    @Override
    public Variable loss(Tape tape, List<EncodedExample> batch, SplittableRandom rng) {
        RaggedBatch rb = RaggedBatch.of(batch.stream().map(EncodedExample::ids).toList());
        int[] labels = batch.stream().mapToInt(EncodedExample::label).toArray();
        return Losses.crossEntropy(tape, model.logits(tape, rb, rng), labels, classWeights);
    }

    @Override
    public List<Variable> parameters() {
        return model.trainable();
    }

    /** Predicted label per example (argmax of the logits), batches of 64. */
    public int[] predict(List<EncodedExample> examples) {
        int k = model.numLabels();
        int[] out = new int[examples.size()];
        for (int from = 0; from < examples.size(); from += 64) {
            List<EncodedExample> part = examples.subList(from, Math.min(examples.size(), from + 64));
            RaggedBatch rb = RaggedBatch.of(part.stream().map(EncodedExample::ids).toList());
            float[] z = model.logits(Tape.noGrad(kernels), rb, null).data();
            for (int i = 0; i < part.size(); i++) {
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (z[i * k + c] > z[i * k + best]) {
                        best = c;
                    }
                }
                out[from + i] = best;
            }
        }
        return out;
    }

    @Override
    public double validate(List<EncodedExample> validation) {
        int[] gold = validation.stream().mapToInt(EncodedExample::label).toArray();
        return metric.score(Metrics.of(model.numLabels(), gold, predict(validation)));
    }

    @Override
    public Map<String, Tensor> checkpointTensors() {
        return model.trainableWeights();
    }

    @Override
    public void restore(Map<String, Tensor> tensors) {
        model.loadTrainable(tensors);
    }

    /** Inverse-frequency class weights, normalised to mean 1 (for imbalanced tasks). */
    public static float[] balancedWeights(List<EncodedExample> train, int k) {
        long[] count = new long[k];
        for (EncodedExample e : train) {
            count[e.label()]++;
        }
        float[] w = new float[k];
        double sum = 0;
        for (int c = 0; c < k; c++) {
            w[c] = count[c] == 0 ? 0f : (float) ((double) train.size() / (k * count[c]));
            sum += w[c];
        }
        for (int c = 0; c < k; c++) {
            w[c] = (float) (w[c] * k / sum);
        }
        return w;
    }
}
