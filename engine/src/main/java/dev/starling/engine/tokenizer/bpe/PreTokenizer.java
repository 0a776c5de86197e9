package dev.starling.engine.tokenizer.bpe;

import java.util.List;

/**
 * Splits text into the chunks ("words") that a BPE model merges independently. Concatenated, the
 * chunks give the text back: nothing is dropped or rewritten.
 */
public interface PreTokenizer {

    /** The chunks of {@code text}, in order. */
    List<String> split(String text);
}
