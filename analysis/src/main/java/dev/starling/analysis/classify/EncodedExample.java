package dev.starling.analysis.classify;

/** A tokenized post ([CLS] … [SEP]) and its label index. */
public record EncodedExample(int[] ids, int label) {
}
