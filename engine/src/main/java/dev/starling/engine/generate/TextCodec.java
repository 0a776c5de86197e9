package dev.starling.engine.generate;

/**
 * Text ↔ token ids for a decoder: what a generator needs from a tokenizer. {@link #encode} adds
 * whatever the model expects in front of a prompt (e.g. Llama's {@code <s>}); {@link #decode} turns
 * ids back into text (for byte-level BPE a single id may hold part of a UTF-8 character, so decode
 * whole runs of ids, not one id at a time).
 */
public interface TextCodec {

    /** The ids of a prompt, including any leading special token the model expects. */
    int[] encode(String text);

    /** The text of {@code ids}; incomplete UTF-8 at the end may decode to U+FFFD. Special tokens decode to "". */
    String decode(int[] ids);

    /** True if generating {@code id} ends the text (end-of-text / end-of-turn tokens). */
    boolean isEndOfText(int id);
}
