package dev.starling.analysis.tasks;

import java.util.List;

/**
 * The seven TweetEval tasks (Barbieri et al., Findings of EMNLP 2020): data folder, official metric
 * and whether the training text comes from elsewhere (sentiment: the SemEval-2017 pool).
 */
public enum TweetEvalTask {
    EMOJI("emoji", Metric.MACRO_F1),
    EMOTION("emotion", Metric.MACRO_F1),
    HATE("hate", Metric.MACRO_F1),
    IRONY("irony", Metric.F1_CLASS_1),
    OFFENSIVE("offensive", Metric.MACRO_F1),
    SENTIMENT("sentiment", Metric.MACRO_RECALL),
    STANCE("stance", Metric.STANCE_F1);

    /** The five stance targets, pooled into one task as the benchmark does. */
    public static final List<String> STANCE_TARGETS = List.of("abortion", "atheism", "climate", "feminist", "hillary");

    private final String id;
    private final Metric metric;

    TweetEvalTask(String id, Metric metric) {
        this.id = id;
        this.metric = metric;
    }

    /** Lower-case name as used on the command line and in the data folders. */
    public String id() {
        return id;
    }

    public Metric metric() {
        return metric;
    }

    /** The task with this name (case-insensitive). */
    public static TweetEvalTask of(String name) {
        for (TweetEvalTask t : values()) {
            if (t.id.equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown task '" + name + "'; known: "
                + java.util.Arrays.stream(values()).map(TweetEvalTask::id).toList());
    }
}
