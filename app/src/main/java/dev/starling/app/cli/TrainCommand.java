package dev.starling.app.cli;

import dev.starling.analysis.classify.FineTuning;
import dev.starling.analysis.classify.TaskModel;
import dev.starling.analysis.tasks.TweetEvalData;
import dev.starling.analysis.tasks.TweetEvalTask;
import dev.starling.app.io.Progress;
import dev.starling.engine.model.bert.BertClassifier;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code starling train}: fine-tune the built-in encoder on a TweetEval task. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Fine-tune all-MiniLM-L6-v2 on a TweetEval task and save a compact task model "
                + "(LoRA adapters + head, or the head alone) with its provenance.",
            "",
            "Trains on the task's training split (sentiment: the SemEval-2017 pool with every test and validation tweet "
                + "removed), validates after each epoch with the official metric, keeps the best epoch, and reports "
                + "validation and test scores. Checkpoints go to <output>/checkpoints; --resume continues a killed run.", ""},
        footer = ExitCodes.HELP_FOOTER + "\n  6 training stopped (non-finite loss); the last good checkpoint is kept.")
public final class TrainCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--task", required = true, paramLabel = "NAME",
            description = "emoji, emotion, hate, irony, offensive, sentiment or stance.")
    String taskName;

    @Mixin
    DataOptions data;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "lora",
            description = "full, lora or head (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "3", description = "Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--lr", paramLabel = "RATE", description = "Peak learning rate (default: full 5e-5, lora 1e-3, head 3e-3).")
    Double learningRate;

    @Option(names = {"-b", "--batch-size"}, paramLabel = "N", defaultValue = "32", description = "Default: ${DEFAULT-VALUE}.")
    int batchSize;

    @Option(names = "--lora-rank", paramLabel = "R", defaultValue = "16", description = "Default: ${DEFAULT-VALUE}.")
    int loraRank;

    @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "64",
            description = "Posts are truncated to N word pieces (default: ${DEFAULT-VALUE}; tweets rarely need more).")
    int maxTokens;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Use only the first N training posts (0 = all).")
    int limit;

    @Option(names = "--class-weights", paramLabel = "MODE", defaultValue = "balanced",
            description = "balanced (inverse class frequency) or none (default: ${DEFAULT-VALUE}).")
    String classWeights;

    @Option(names = "--patience", paramLabel = "N", defaultValue = "0", description = "Stop after N epochs without improvement (0 = off).")
    int patience;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Where the task model goes (default: models/<task>).")
    Path output;

    @Option(names = "--base", paramLabel = "DIR",
            description = "Start from this encoder checkpoint (e.g. from `starling pretrain --from minilm`) instead of all-MiniLM-L6-v2.")
    Path base;

    @Option(names = "--resume", description = "Continue from <output>/checkpoints/last.")
    boolean resume;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Compute threads (default: all CPUs).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        TweetEvalTask task = task();
        BertClassifier.Method m = method();
        if (!classWeights.equals("balanced") && !classWeights.equals("none")) {
            throw new CliException(ExitCodes.USAGE, "--class-weights must be balanced or none, got '" + classWeights + "'");
        }
        if (epochs < 1 || batchSize < 1 || loraRank < 1 || maxTokens < 3 || maxTokens > 512) {
            throw new CliException(ExitCodes.USAGE, "--epochs, --batch-size, --lora-rank must be >= 1 and --max-tokens in [3, 512]");
        }
        Path datasets = data.resolve();
        Path out = output != null ? output : Path.of("models", task.id());
        double lr = learningRate != null ? learningRate : switch (m) {
            case FULL -> 5e-5;
            case LORA -> 1e-3;
            case HEAD -> 3e-3;
        };
        FineTuning.Options o = new FineTuning.Options(task, m, epochs, lr, batchSize, loraRank, maxTokens, seed, limit,
                classWeights.equals("balanced"), 0.1f, patience, 0.1, out.resolve("checkpoints"), resume,
                base == null ? null : base.toAbsolutePath());
        Kernels kernels = KernelRegistry.create(threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        try {
            FineTuning.Outcome r;
            try {
                r = FineTuning.run(datasets, o, kernels, new TrainingProgress(System.err, "train " + task.id(), Progress.stderrIsTerminal()));
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCodes.IO, "data error: " + e.getMessage(), e);
            }
            if (r.training().failure() != null) {
                System.err.println("starling train: stopped: " + r.training().failure());
                return 6;
            }
            save(out, task, m, lr, datasets, r);
            System.out.printf(Locale.ROOT, "%s (%s): validation %s %.4f, test %.4f; %d training posts, %d steps in %.0f s (%.0f tokens/s); model in %s%n",
                    task.id(), m.name().toLowerCase(Locale.ROOT), task.metric().label(), r.validation(), r.test(), r.trainExamples(),
                    r.training().steps(), r.training().seconds(), r.training().tokensPerSecond(), out);
            return ExitCodes.OK;
        } finally {
            kernels.parallel().close();
        }
    }

    private void save(Path out, TweetEvalTask task, BertClassifier.Method m, double lr, Path datasets, FineTuning.Outcome r) throws IOException {
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("command", "starling " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        provenance.put("commit", System.getProperty("starling.commit", "unknown"));
        provenance.put("date", Instant.now().toString());
        provenance.put("data", task == TweetEvalTask.SENTIMENT
                ? "train: semeval2017-task4 Subtask_A pool minus TweetEval sentiment test+val; val/test: tweeteval/sentiment"
                : "tweeteval/datasets/" + task.id() + " train/val/test");
        provenance.put("seed", seed);
        provenance.put("epochs", epochs);
        provenance.put("learning_rate", lr);
        provenance.put("batch_size", batchSize);
        provenance.put("class_weights", classWeights);
        provenance.put("train_examples", r.trainExamples());
        provenance.put("metric", task.metric().label());
        provenance.put("validation_score", r.validation());
        provenance.put("test_score", r.test());
        provenance.put("validation_scores_per_epoch", r.training().validationScores());
        provenance.put("best_epoch", r.training().bestEpoch() + 1);
        provenance.put("training_seconds", Math.round(r.training().seconds()));
        provenance.put("tokens_per_second", Math.round(r.training().tokensPerSecond()));
        provenance.put("threads", threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        TaskModel.save(out, r.model(), new TaskModel.Description(task.id(), TweetEvalData.labelNames(datasets, task), m, loraRank, maxTokens,
                        base == null ? dev.starling.analysis.models.BaseEncoder.NAME : base.toAbsolutePath().toString()),
                Map.of("provenance", provenance));
    }

    private TweetEvalTask task() {
        try {
            return TweetEvalTask.of(taskName);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        }
    }

    private BertClassifier.Method method() {
        try {
            return BertClassifier.Method.valueOf(method.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, "--method must be full, lora or head, got '" + method + "'");
        }
    }
}
