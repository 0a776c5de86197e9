package dev.starling.engine.tokenizer.bpe;

/**
 * What a vocabulary entry is, with the numbering GGUF stores in {@code tokenizer.ggml.token_type}
 * (llama.cpp's {@code llama_token_type}).
 */
public enum TokenType {
    UNDEFINED,
    /** An ordinary piece that merging may produce. */
    NORMAL,
    /** The unknown token. */
    UNKNOWN,
    /** A special token such as {@code <s>} or {@code <|im_start|>}: matched in text only when asked. */
    CONTROL,
    /** An added token that is always matched in the text as a whole before merging. */
    USER_DEFINED,
    UNUSED,
    /** A byte-fallback piece {@code <0xNN>} of SentencePiece vocabularies. */
    BYTE;

    /** The type of GGUF code {@code code}; unknown codes read as {@link #UNDEFINED}. */
    public static TokenType ofCode(int code) {
        TokenType[] all = values();
        return code >= 0 && code < all.length ? all[code] : UNDEFINED;
    }

    /** Whether this token is matched in the text as a whole (always, or only when parsing specials). */
    boolean matchedWhole(boolean parseSpecial) {
        return this == USER_DEFINED || (parseSpecial && this == CONTROL);
    }
}
