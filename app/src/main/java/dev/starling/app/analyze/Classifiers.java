package dev.starling.app.analyze;

import dev.starling.analysis.classify.SharedHead;
import dev.starling.analysis.classify.ShippedModels;
import dev.starling.analysis.classify.TaskModel;
import dev.starling.analysis.models.BaseEncoder;
import dev.starling.analysis.pipeline.FlagRule;
import dev.starling.analysis.pipeline.PostClassifier;
import dev.starling.analysis.pipeline.SharedEncoder;
import dev.starling.analysis.pipeline.TaskModelClassifier;
import dev.starling.analysis.tasks.TweetEvalTask;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tokenizer.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which classifiers {@code analyze} runs for the requested tasks, in routing order, and which of
 * their labels raise a flag.
 */
final class Classifiers {
    /** The tasks run when {@code --tasks} is not given. */
    static final List<String> DEFAULT_TASKS = List.of("sentiment", "emotion", "offensive", "spam");
    /** Every task {@code analyze} knows. */
    static final List<String> KNOWN_TASKS = List.of("sentiment", "emotion", "irony", "offensive", "hate", "spam");
    /** Tasks drawn over time in the report. */
    static final List<String> OVER_TIME = List.of("sentiment", "emotion");

    /** Label display order for tasks answered by several models (English and Chinese sentiment). */
    static final java.util.Map<String, List<String>> LABEL_ORDER = java.util.Map.of(
            "sentiment", List.of("negative", "neutral", "positive"),
            "emotion", List.of("anger", "joy", "optimism", "sadness"));

    static final List<FlagRule> FLAG_RULES = List.of(
            new FlagRule("spam", "spam", 0.7),
            new FlagRule("offensive", "offensive", 0.7),
            new FlagRule("hate", "hate", 0.7));

    private Classifiers() {
    }

    static List<String> parseTasks(String spec) {
        if (spec == null || spec.isBlank()) {
            return DEFAULT_TASKS;
        }
        List<String> tasks = new ArrayList<>();
        for (String t : spec.split(",")) {
            String name = t.trim().toLowerCase(Locale.ROOT);
            if (!KNOWN_TASKS.contains(name)) {
                throw new IllegalArgumentException("unknown task '" + name + "'; known: " + String.join(", ", KNOWN_TASKS));
            }
            if (!tasks.contains(name)) {
                tasks.add(name);
            }
        }
        return tasks;
    }

    /**
     * Loads the shipped models for {@code tasks}; language-specific models come before the English
     * ones. With {@code shared}, the English tasks that have a shipped {@link SharedHead} read the
     * sentiment model's encoder, so one encoder pass per post answers all of them; the others (and
     * every task without {@code shared}) run their own fine-tuned LoRA model, one pass each.
     */
    static List<PostClassifier> load(List<String> tasks, Kernels kernels, boolean shared) {
        List<PostClassifier> out = new ArrayList<>(ExtraClassifiers.load(tasks, kernels));
        BaseEncoder base = null;
        Tokenizer tokenizer = null;
        SharedEncoder encoder = null;
        for (String name : tasks) {
            TweetEvalTask task = tweetEval(name);
            if (task == null) {
                continue;
            }
            if (base == null) {
                base = BaseEncoder.minilm();
                tokenizer = BaseEncoder.minilmTokenizer();
            }
            SharedHead head = shared && task != TweetEvalTask.SENTIMENT ? SharedHead.shipped(task.id()) : null;
            if (shared && (head != null || task == TweetEvalTask.SENTIMENT) && encoder == null) {
                TaskModel sentiment = ShippedModels.load(TweetEvalTask.SENTIMENT, null, base, tokenizer, kernels);
                encoder = new SharedEncoder(sentiment, version(TweetEvalTask.SENTIMENT), java.util.Set.of("en", "und"));
            }
            if (head != null) {
                out.add(encoder.head(head, "tweeteval-" + task.id() + "-head@" + version(TweetEvalTask.SENTIMENT)));
            } else if (task == TweetEvalTask.SENTIMENT && encoder != null) {
                out.add(encoder.baseTask());
            } else {
                TaskModel m = ShippedModels.load(task, null, base, tokenizer, kernels);
                out.add(TaskModelClassifier.english(m, version(task)));
            }
        }
        return out;
    }

    private static String version(TweetEvalTask task) {
        return "tweeteval-" + task.id() + "-lora@" + BaseEncoder.NAME;
    }

    private static TweetEvalTask tweetEval(String name) {
        for (TweetEvalTask t : TweetEvalTask.values()) {
            if (t.id().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
