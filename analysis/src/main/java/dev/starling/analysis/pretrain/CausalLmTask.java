package dev.starling.analysis.pretrain;

import dev.starling.engine.autograd.Tape;
import dev.starling.engine.autograd.Variable;
import dev.starling.engine.model.gpt.TrainableGpt;
import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tensor.Tensor;
import dev.starling.engine.train.TrainingTask;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Causal language modelling on tweets: each example is [CLS] pieces [SEP] ([CLS] serves as the
 * beginning-of-post token, [SEP] as its end); the decoder predicts every next token.
 * Validation: the negative held-out cross-entropy (perplexity = exp(−score)).
 */
public final class CausalLmTask implements TrainingTask<int[]> {
    private final TrainableGpt model;
    private final Kernels kernels;

    public CausalLmTask(TrainableGpt model, Kernels kernels) {
        this.model = model;
        this.kernels = kernels;
    }

    @Override
    public int length(int[] ids) {
        return ids.length;
    }

    @Override
    public Variable loss(Tape tape, List<int[]> batch, SplittableRandom rng) {
        return model.loss(tape, RaggedBatch.of(batch), rng);
    }

    @Override
    public List<Variable> parameters() {
        return model.trainable();
    }

    @Override
    public double validate(List<int[]> validation) {
        double sum = 0;
        long tokens = 0;
        for (int from = 0; from < validation.size(); from += 32) {
            List<int[]> part = validation.subList(from, Math.min(validation.size(), from + 32));
            Variable loss = model.loss(Tape.noGrad(kernels), RaggedBatch.of(part), null);
            long predicted = part.stream().mapToLong(s -> s.length - 1).sum();
            sum += loss.data()[0] * predicted;
            tokens += predicted;
        }
        return -sum / Math.max(1, tokens);
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
