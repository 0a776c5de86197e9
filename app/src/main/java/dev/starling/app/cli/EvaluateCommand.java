package dev.starling.app.cli;

import dev.starling.analysis.classify.ShippedModels;
import dev.starling.analysis.classify.TaskModel;
import dev.starling.analysis.models.BaseEncoder;
import dev.starling.analysis.tasks.LabeledText;
import dev.starling.analysis.tasks.TweetEvalData;
import dev.starling.analysis.tasks.TweetEvalTask;
import dev.starling.app.io.AtomicOutput;
import dev.starling.engine.json.JsonWriter;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tokenizer.Tokenizer;
import dev.starling.engine.train.Metrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code starling evaluate}: the official TweetEval metric of the task models on the test sets. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score task models on the TweetEval test sets with each task's official metric (macro-F1 for "
                + "emoji, emotion, hate, offensive; F1 of the irony class; macro-averaged recall for sentiment; mean of "
                + "F1(against) and F1(favor) for stance, targets pooled) and their average ALL, beside the published rows.", ""},
        footer = ExitCodes.HELP_FOOTER)
public final class EvaluateCommand implements Callable<Integer> {
    /** TweetEval paper, Table 2 (ALL). */
    static final Map<String, Double> PUBLISHED = new LinkedHashMap<>();

    static {
        PUBLISHED.put("SVM", 53.5);
        PUBLISHED.put("FastText", 58.1);
        PUBLISHED.put("RoBERTa-base", 61.3);
        PUBLISHED.put("RoBERTa-retrained", 65.2);
        PUBLISHED.put("BERTweet", 67.9);
    }

    @Option(names = "--task", required = true, paramLabel = "NAME|all", description = "A task name or all.")
    String taskName;

    @Mixin
    DataOptions data;

    @Option(names = "--models", paramLabel = "DIR", description = "Task models in DIR/<task> (default: the shipped ones).")
    Path models;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.json", description = "Also write the scores as JSON.")
    Path output;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Compute threads (default: all CPUs).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        List<TweetEvalTask> tasks = new ArrayList<>();
        if (taskName.equalsIgnoreCase("all")) {
            tasks.addAll(List.of(TweetEvalTask.values()));
        } else {
            try {
                tasks.add(TweetEvalTask.of(taskName));
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCodes.USAGE, e.getMessage());
            }
        }
        Path datasets = data.resolve();
        Kernels kernels = KernelRegistry.create(threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> scores = new LinkedHashMap<>();
        try {
            BaseEncoder base = BaseEncoder.minilm();
            Tokenizer tokenizer = BaseEncoder.minilmTokenizer();
            System.out.printf(Locale.ROOT, "%-10s %-22s %8s %8s%n", "task", "metric", "test", "posts");
            double sum = 0;
            for (TweetEvalTask task : tasks) {
                TaskModel model = ShippedModels.load(task, models, base, tokenizer, kernels);
                List<LabeledText> test;
                try {
                    test = TweetEvalData.load(datasets, task, "test");
                } catch (IllegalArgumentException e) {
                    throw new CliException(ExitCodes.IO, "data error: " + e.getMessage(), e);
                }
                double score = score(model, task, test);
                sum += score;
                scores.put(task.id(), Map.of("metric", task.metric().label(), "score", round(score * 100), "posts", test.size()));
                System.out.printf(Locale.ROOT, "%-10s %-22s %8.1f %8d%n", task.id(), task.metric().label(), score * 100, test.size());
            }
            json.put("tasks", scores);
            if (tasks.size() == TweetEvalTask.values().length) {
                double all = sum / tasks.size() * 100;
                json.put("ALL", round(all));
                System.out.printf(Locale.ROOT, "%-10s %-22s %8.1f%n", "ALL", "mean of the seven", all);
                System.out.println();
                System.out.println("published (TweetEval paper, ALL): " + PUBLISHED.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse(""));
            }
            json.put("published_ALL", PUBLISHED);
        } finally {
            kernels.parallel().close();
        }
        if (output != null) {
            try (AtomicOutput out = new AtomicOutput(output)) {
                out.writer().write(JsonWriter.write(json));
                out.writer().write("\n");
                out.commit();
            }
        }
        return ExitCodes.OK;
    }

    static double score(TaskModel model, TweetEvalTask task, List<LabeledText> test) {
        float[][] p = model.probabilities(test.stream().map(LabeledText::text).toList());
        int[] gold = new int[test.size()];
        int[] pred = new int[test.size()];
        for (int i = 0; i < test.size(); i++) {
            gold[i] = test.get(i).label();
            int best = 0;
            for (int c = 1; c < p[i].length; c++) {
                if (p[i][c] > p[i][best]) {
                    best = c;
                }
            }
            pred[i] = best;
        }
        return task.metric().score(Metrics.of(model.labels().size(), gold, pred));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
