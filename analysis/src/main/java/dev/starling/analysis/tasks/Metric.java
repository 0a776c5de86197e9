package dev.starling.analysis.tasks;

import dev.starling.engine.train.Metrics;

/** The official TweetEval metrics (from the benchmark's evaluation script). */
public enum Metric {
    /** Macro-averaged F1 over all classes (emoji, emotion, hate, offensive). */
    MACRO_F1("macro-F1"),
    /** F1 of the positive class, label 1 (irony). */
    F1_CLASS_1("F1 (irony)"),
    /** Macro-averaged recall (sentiment, as SemEval-2017 Task 4A). */
    MACRO_RECALL("macro-recall"),
    /** Mean of F1(against) and F1(favor), labels 1 and 2, targets pooled (stance). */
    STANCE_F1("F1 (against, favor)");

    private final String label;

    Metric(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public double score(Metrics m) {
        return switch (this) {
            case MACRO_F1 -> m.macroF1();
            case F1_CLASS_1 -> m.f1(1);
            case MACRO_RECALL -> m.macroRecall();
            case STANCE_F1 -> m.meanF1(1, 2);
        };
    }
}
