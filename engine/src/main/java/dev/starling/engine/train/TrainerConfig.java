package dev.starling.engine.train;

import java.nio.file.Path;

/**
 * Training hyper-parameters (immutable; validated).
 *
 * @param epochs        passes over the training set
 * @param batchSize     examples per optimizer step (before accumulation)
 * @param accumulate    micro-batches summed into one step (effective batch = batchSize·accumulate)
 * @param learningRate  peak learning rate
 * @param warmupRatio   fraction of steps with a linear warm-up
 * @param cosine        cosine decay after warm-up (else linear)
 * @param weightDecay   decoupled (AdamW) or L2 (SGD) weight decay on matrices
 * @param clipNorm      global gradient-norm clip (0 = off)
 * @param optimizer     "adamw" or "sgd" (SGD uses momentum 0.9)
 * @param seed          seeds batching, dropout and initialisation
 * @param patience      epochs without validation improvement before stopping (0 = never stop early)
 * @param checkpointDir where "last" and "best" checkpoints go (null = none)
 * @param checkpointEvery also save "last" every N steps within an epoch (0 = only at epoch ends)
 */
public record TrainerConfig(int epochs, int batchSize, int accumulate, double learningRate, double warmupRatio,
                            boolean cosine, double weightDecay, double clipNorm, OptimizerKind optimizer, long seed,
                            int patience, Path checkpointDir, int checkpointEvery) {
    /** The optimizers the trainer can build. */
    public enum OptimizerKind { ADAMW, SGD }

    public TrainerConfig {
        if (epochs < 1 || batchSize < 1 || accumulate < 1) {
            throw new IllegalArgumentException("epochs, batch size and accumulation must be >= 1");
        }
        if (!(learningRate > 0) || warmupRatio < 0 || warmupRatio >= 1 || weightDecay < 0 || clipNorm < 0) {
            throw new IllegalArgumentException("invalid learning rate, warm-up, weight decay or clip");
        }
        if (patience < 0 || checkpointEvery < 0) {
            throw new IllegalArgumentException("patience and checkpointEvery must be >= 0");
        }
    }

    /** Sensible fine-tuning defaults: AdamW, lr 5e-5, 10 % warm-up, linear decay, clip 1.0. */
    public static TrainerConfig defaults() {
        return new TrainerConfig(3, 32, 1, 5e-5, 0.1, false, 0.01, 1.0, OptimizerKind.ADAMW, 42, 0, null, 0);
    }

    public TrainerConfig withEpochs(int e) {
        return new TrainerConfig(e, batchSize, accumulate, learningRate, warmupRatio, cosine, weightDecay, clipNorm, optimizer, seed, patience, checkpointDir, checkpointEvery);
    }

    public TrainerConfig withLearningRate(double lr) {
        return new TrainerConfig(epochs, batchSize, accumulate, lr, warmupRatio, cosine, weightDecay, clipNorm, optimizer, seed, patience, checkpointDir, checkpointEvery);
    }

    public TrainerConfig withBatch(int size, int accumulateSteps) {
        return new TrainerConfig(epochs, size, accumulateSteps, learningRate, warmupRatio, cosine, weightDecay, clipNorm, optimizer, seed, patience, checkpointDir, checkpointEvery);
    }

    public TrainerConfig withSeed(long s) {
        return new TrainerConfig(epochs, batchSize, accumulate, learningRate, warmupRatio, cosine, weightDecay, clipNorm, optimizer, s, patience, checkpointDir, checkpointEvery);
    }

    public TrainerConfig withCheckpoints(Path dir, int every) {
        return new TrainerConfig(epochs, batchSize, accumulate, learningRate, warmupRatio, cosine, weightDecay, clipNorm, optimizer, seed, patience, dir, every);
    }

    public TrainerConfig withOptimizer(OptimizerKind kind, double wd) {
        return new TrainerConfig(epochs, batchSize, accumulate, learningRate, warmupRatio, cosine, wd, clipNorm, kind, seed, patience, checkpointDir, checkpointEvery);
    }

    public TrainerConfig withSchedule(double warmup, boolean cos) {
        return new TrainerConfig(epochs, batchSize, accumulate, learningRate, warmup, cos, weightDecay, clipNorm, optimizer, seed, patience, checkpointDir, checkpointEvery);
    }

    public TrainerConfig withPatience(int p) {
        return new TrainerConfig(epochs, batchSize, accumulate, learningRate, warmupRatio, cosine, weightDecay, clipNorm, optimizer, seed, p, checkpointDir, checkpointEvery);
    }

    public TrainerConfig withClip(double clip) {
        return new TrainerConfig(epochs, batchSize, accumulate, learningRate, warmupRatio, cosine, weightDecay, clip, optimizer, seed, patience, checkpointDir, checkpointEvery);
    }
}
