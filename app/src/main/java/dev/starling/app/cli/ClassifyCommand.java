package dev.starling.app.cli;

import dev.starling.analysis.classify.ShippedModels;
import dev.starling.analysis.classify.TaskModel;
import dev.starling.analysis.models.BaseEncoder;
import dev.starling.analysis.tasks.TweetEvalTask;
import dev.starling.app.io.PostReader;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code starling classify}: label posts with a task model. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Classify posts with a task model (shipped with Starling, or one from `starling train`). "
                + "Writes one JSON object per input line: {\"label\": NAME, \"scores\": {NAME: probability, ...}}.", ""},
        footer = ExitCodes.HELP_FOOTER)
public final class ClassifyCommand implements Callable<Integer> {
    @Option(names = "--task", required = true, paramLabel = "NAME",
            description = "emoji, emotion, hate, irony, offensive, sentiment or stance.")
    String taskName;

    @Mixin
    InputOutputOptions io;

    @Option(names = "--model", paramLabel = "DIR", description = "A task model directory (default: the shipped model).")
    Path model;

    @Option(names = "--lang", paramLabel = "CODE",
            description = "sentiment only: treat every post as this language (ISO 639-1) instead of detecting it per post; "
                    + "zh posts go to the Chinese model (bge-small-zh, weibo2018), the rest to the English one.")
    String language;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Compute threads (default: all CPUs).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        TweetEvalTask task;
        try {
            task = TweetEvalTask.of(taskName);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        }
        io.checkInput();
        Kernels kernels = KernelRegistry.create(threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        try {
            TaskModel m = ShippedModels.load(task, model, BaseEncoder.minilm(), BaseEncoder.minilmTokenizer(), kernels);
            LanguageRouter router = task == TweetEvalTask.SENTIMENT && model == null
                    ? LanguageRouter.sentiment(m, kernels, language) : LanguageRouter.single(m);
            return PostPipeline.run(io, "classify", "label", 1024, (posts, problems, done) -> {
                List<String> fields = new ArrayList<>(posts.size());
                for (LanguageRouter.Answer a : router.classify(posts.stream().map(PostReader.Post::text).toList())) {
                    fields.add(a.json());
                }
                return fields;
            });
        } finally {
            kernels.parallel().close();
        }
    }
}
