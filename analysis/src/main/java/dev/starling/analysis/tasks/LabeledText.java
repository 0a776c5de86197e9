package dev.starling.analysis.tasks;

/** A post and its gold label index. */
public record LabeledText(String text, int label) {
}
