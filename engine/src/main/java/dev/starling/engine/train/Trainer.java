package dev.starling.engine.train;

import dev.starling.engine.autograd.Tape;
import dev.starling.engine.autograd.Variable;
import dev.starling.engine.ops.Kernels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The training loop: epochs over shuffled batches grouped by length, an optimizer step per
 * {@code accumulate} micro-batches with warm-up + decay and gradient clipping, validation with
 * the task's metric after each epoch, the best checkpoint kept, early stopping, and resume.
 *
 * <p>Reproducible: an epoch's batches depend only on (seed, epoch) and a batch's dropout only on
 * (seed, epoch, batch), and the kernels are deterministic, so a seeded run repeats its loss curve
 * on the same machine, and a run resumed from a checkpoint continues it exactly. A non-finite loss
 * or gradient stops the run cleanly; the last good checkpoint stays in place.
 */
public final class Trainer<E> {
    private final TrainerConfig config;
    private final Kernels kernels;
    private final TrainingListener listener;

    public Trainer(TrainerConfig config, Kernels kernels, TrainingListener listener) {
        this.config = config;
        this.kernels = kernels;
        this.listener = listener == null ? new TrainingListener() { } : listener;
    }

    /** How a run ended. {@code failure} is null unless it was stopped by a non-finite loss. */
    public record Result(List<Double> stepLosses, List<Double> validationScores, double bestScore, int bestEpoch,
                         long steps, long tokens, double seconds, boolean stoppedEarly, String failure) {
        public double tokensPerSecond() {
            return tokens / Math.max(seconds, 1e-9);
        }
    }

    /** The batches of one epoch: shuffled, grouped by length within buckets, bucket order shuffled. */
    List<List<E>> batches(TrainingTask<E> task, List<E> train, int epoch) {
        SplittableRandom rng = new SplittableRandom(config.seed() * 1_000_003L + epoch);
        List<E> shuffled = new ArrayList<>(train);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            E tmp = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, tmp);
        }
        int bucket = config.batchSize() * 50;
        List<List<E>> batches = new ArrayList<>();
        for (int from = 0; from < shuffled.size(); from += bucket) {
            List<E> chunk = new ArrayList<>(shuffled.subList(from, Math.min(shuffled.size(), from + bucket)));
            chunk.sort(Comparator.comparingInt(task::length));
            for (int b = 0; b < chunk.size(); b += config.batchSize()) {
                batches.add(chunk.subList(b, Math.min(chunk.size(), b + config.batchSize())));
            }
        }
        for (int i = batches.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            List<E> tmp = batches.get(i);
            batches.set(i, batches.get(j));
            batches.set(j, tmp);
        }
        return batches;
    }

    private Optimizer optimizer() {
        return switch (config.optimizer()) {
            case ADAMW -> AdamW.withWeightDecay(config.weightDecay());
            case SGD -> new Sgd(0.9, config.weightDecay(), false);
        };
    }

    private long totalSteps(int batchesPerEpoch) {
        return (long) config.epochs() * ((batchesPerEpoch + config.accumulate() - 1) / config.accumulate());
    }

    public Result fit(TrainingTask<E> task, List<E> train, List<E> validation) {
        return fit(task, train, validation, false);
    }

    /** Trains; with {@code resume}, continues from the "last" checkpoint when there is one. */
    public Result fit(TrainingTask<E> task, List<E> train, List<E> validation, boolean resume) {
        if (train.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        Run run = new Run(task, optimizer());
        if (resume && config.checkpointDir() != null && Checkpoints.exists(last())) {
            run.restore();
        }
        return run.go(train, validation);
    }

    private Path last() {
        return config.checkpointDir().resolve("last");
    }

    /** The mutable state of one run. */
    private final class Run {
        final TrainingTask<E> task;
        final Optimizer optimizer;
        final List<Variable> params;
        final List<Double> losses = new ArrayList<>();
        final List<Double> scores = new ArrayList<>();
        int epoch;
        int batch;
        long step;
        long tokens;
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestEpoch = -1;
        int sinceBest;

        Run(TrainingTask<E> task, Optimizer optimizer) {
            this.task = task;
            this.optimizer = optimizer;
            this.params = task.parameters();
        }

        Result go(List<E> train, List<E> validation) {
            int perEpoch = batches(task, train, 0).size();
            long total = totalSteps(perEpoch);
            LearningRateSchedule lr = config.cosine()
                    ? LearningRateSchedule.warmupCosine(config.learningRate(), (long) (config.warmupRatio() * total), total, 0.0)
                    : LearningRateSchedule.warmupLinear(config.learningRate(), (long) (config.warmupRatio() * total), total);
            long started = System.nanoTime();
            Gradients.zero(params);
            for (; epoch < config.epochs(); epoch++, batch = 0) {
                List<List<E>> batches = batches(task, train, epoch);
                double epochLoss = 0;
                int epochSteps = 0;
                int micro = 0;
                double microLoss = 0;
                for (; batch < batches.size(); batch++) {
                    List<E> b = batches.get(batch);
                    Tape tape = Tape.training(kernels);
                    Variable loss = task.loss(tape, b, new SplittableRandom(mix(config.seed(), epoch, batch)));
                    double value = loss.data()[0];
                    if (!Double.isFinite(value)) {
                        return failed("loss became " + value + " at epoch " + (epoch + 1) + ", batch " + (batch + 1), started);
                    }
                    tape.backward(loss);
                    for (E e : b) {
                        tokens += task.length(e);
                    }
                    micro++;
                    microLoss += value;
                    if (micro == config.accumulate() || batch == batches.size() - 1) {
                        if (micro > 1) {
                            Gradients.scale(params, 1f / micro);
                        }
                        double norm = config.clipNorm() > 0 ? Gradients.clipGlobalNorm(params, config.clipNorm()) : Gradients.norm(params);
                        if (!Double.isFinite(norm)) {
                            return failed("gradient norm became " + norm + " at epoch " + (epoch + 1) + ", batch " + (batch + 1), started);
                        }
                        optimizer.step(params, lr.at(step));
                        Gradients.zero(params);
                        step++;
                        double stepLoss = microLoss / micro;
                        losses.add(stepLoss);
                        epochLoss += stepLoss;
                        epochSteps++;
                        micro = 0;
                        microLoss = 0;
                        if (config.checkpointEvery() > 0 && step % config.checkpointEvery() == 0 && batch + 1 < batches.size()) {
                            save("last", epoch, batch + 1);
                        }
                        listener.step(step, total, stepLoss, tokens / Math.max((System.nanoTime() - started) / 1e9, 1e-9));
                    }
                }
                double score = validation.isEmpty() ? -epochLoss / Math.max(1, epochSteps) : task.validate(validation);
                scores.add(score);
                boolean improved = score > bestScore;
                if (improved) {
                    bestScore = score;
                    bestEpoch = epoch;
                    sinceBest = 0;
                    save("best", epoch + 1, 0);
                } else {
                    sinceBest++;
                }
                save("last", epoch + 1, 0);
                listener.epoch(epoch + 1, epochLoss / Math.max(1, epochSteps), score, improved);
                if (config.patience() > 0 && sinceBest >= config.patience() && epoch + 1 < config.epochs()) {
                    listener.note("no improvement for " + sinceBest + " epochs; stopping early (best: epoch " + (bestEpoch + 1) + ")");
                    return result(started, true, null);
                }
            }
            return result(started, false, null);
        }

        private Result failed(String why, long started) {
            String kept = config.checkpointDir() != null && Checkpoints.exists(last())
                    ? "; the last good checkpoint is kept in " + last() : "";
            listener.note("training stopped: " + why + kept);
            return result(started, false, why);
        }

        private Result result(long started, boolean early, String failure) {
            return new Result(List.copyOf(losses), List.copyOf(scores), bestScore, bestEpoch, step, tokens,
                    (System.nanoTime() - started) / 1e9, early, failure);
        }

        void save(String which, int nextEpoch, int nextBatch) {
            if (config.checkpointDir() == null) {
                return;
            }
            Path dir = config.checkpointDir().resolve(which);
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("epoch", nextEpoch);
            state.put("batch", nextBatch);
            state.put("step", step);
            state.put("tokens", tokens);
            state.put("best_score", Double.isFinite(bestScore) ? bestScore : null);
            state.put("best_epoch", bestEpoch);
            state.put("since_best", sinceBest);
            state.put("seed", config.seed());
            state.put("losses", losses);
            state.put("scores", scores);
            try {
                Checkpoints.save(dir, task.checkpointTensors(), optimizer.state(), state);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write checkpoint " + dir, e);
            }
            listener.checkpoint(dir);
        }

        @SuppressWarnings("unchecked")
        void restore() {
            try {
                Checkpoints.Saved s = Checkpoints.load(last());
                task.restore(s.weights());
                optimizer.load(s.optimizer());
                Map<String, Object> st = s.state();
                epoch = ((Number) st.get("epoch")).intValue();
                batch = ((Number) st.get("batch")).intValue();
                step = ((Number) st.get("step")).longValue();
                tokens = ((Number) st.get("tokens")).longValue();
                bestScore = st.get("best_score") instanceof Number n ? n.doubleValue() : Double.NEGATIVE_INFINITY;
                bestEpoch = ((Number) st.get("best_epoch")).intValue();
                sinceBest = ((Number) st.get("since_best")).intValue();
                for (Object o : (List<Object>) st.get("losses")) {
                    losses.add(((Number) o).doubleValue());
                }
                for (Object o : (List<Object>) st.get("scores")) {
                    scores.add(((Number) o).doubleValue());
                }
                listener.note("resumed from " + last() + " at epoch " + (epoch + 1) + ", step " + step);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read checkpoint " + last(), e);
            }
        }
    }

    /** A seed per (run, epoch, batch). */
    static long mix(long seed, int epoch, int batch) {
        long z = seed * 0x9E3779B97F4A7C15L + epoch * 0xBF58476D1CE4E5B9L + batch * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return z * 0xD6E8FEB86659FD93L;
    }
}
