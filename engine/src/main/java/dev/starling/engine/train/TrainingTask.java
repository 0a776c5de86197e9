package dev.starling.engine.train;

import dev.starling.engine.autograd.Tape;
import dev.starling.engine.autograd.Variable;
import dev.starling.engine.tensor.Tensor;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the {@link Trainer} trains: how to compute a batch's loss, how to score the validation
 * set, and which tensors make up a checkpoint. {@code E} is one training example.
 */
public interface TrainingTask<E> {
    /** Token count of an example (batches are grouped by it, and it feeds the tokens/s figure). */
    int length(E example);

    /** The mean loss of a batch, recorded on {@code tape}; {@code rng} drives dropout. */
    Variable loss(Tape tape, List<E> batch, SplittableRandom rng);

    /** The parameters the optimizer updates, in a fixed order. */
    List<Variable> parameters();

    /** Validation score, higher is better (the task's official metric). */
    double validate(List<E> validation);

    /** The tensors a checkpoint holds (at least the parameters), by name. */
    Map<String, Tensor> checkpointTensors();

    /** Restores tensors saved from {@link #checkpointTensors()}. */
    void restore(Map<String, Tensor> tensors);
}
