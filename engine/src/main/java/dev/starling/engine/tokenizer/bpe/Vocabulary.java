package dev.starling.engine.tokenizer.bpe;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The token table of a BPE or SentencePiece model: id → text, type and score, and text → id.
 * Immutable; arrays are copied in.
 */
public final class Vocabulary {
    private final String[] tokens;
    private final TokenType[] types;
    private final float[] scores;
    private final Map<String, Integer> ids;

    /**
     * @param tokens token texts by id
     * @param types  token types by id, or null for all {@link TokenType#NORMAL}
     * @param scores piece scores by id (SentencePiece), or null for all zero
     */
    public Vocabulary(String[] tokens, TokenType[] types, float[] scores) {
        this.tokens = tokens.clone();
        this.types = types == null ? filled(tokens.length) : types.clone();
        this.scores = scores == null ? new float[tokens.length] : scores.clone();
        if (this.types.length != tokens.length || this.scores.length != tokens.length) {
            throw new IllegalArgumentException("vocabulary arrays differ in length: tokens " + tokens.length
                    + ", types " + this.types.length + ", scores " + this.scores.length);
        }
        this.ids = new HashMap<>(tokens.length * 2);
        for (int i = 0; i < tokens.length; i++) {
            ids.putIfAbsent(tokens[i], i); // why: the first of duplicate texts wins, as in llama.cpp
        }
    }

    private static TokenType[] filled(int n) {
        TokenType[] t = new TokenType[n];
        Arrays.fill(t, TokenType.NORMAL);
        return t;
    }

    public int size() {
        return tokens.length;
    }

    /** The id of token text {@code text}, or -1. */
    public int id(String text) {
        Integer id = ids.get(text);
        return id == null ? -1 : id;
    }

    /** The text of {@code id}. */
    public String token(int id) {
        if (id < 0 || id >= tokens.length) {
            throw new IllegalArgumentException("no token has id " + id + " (vocabulary size " + tokens.length + ")");
        }
        return tokens[id];
    }

    public TokenType type(int id) {
        return types[id];
    }

    public float score(int id) {
        return scores[id];
    }
}
