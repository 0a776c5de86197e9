package dev.starling.engine.train;

/** Observes a training run (progress bars, logs). All methods default to doing nothing. */
public interface TrainingListener {
    /** After each optimizer step: global step, steps in the run, the step's loss, throughput. */
    default void step(long step, long totalSteps, double loss, double tokensPerSecond) {
    }

    /** After each epoch's validation. */
    default void epoch(int epoch, double meanTrainLoss, double validationScore, boolean best) {
    }

    /** A checkpoint was written. */
    default void checkpoint(java.nio.file.Path dir) {
    }

    /** A human-readable note (early stop, resume, NaN). */
    default void note(String message) {
    }
}
