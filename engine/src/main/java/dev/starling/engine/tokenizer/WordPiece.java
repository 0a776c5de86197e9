package dev.starling.engine.tokenizer;

import java.util.Map;

/**
 * The WordPiece model: splits one pre-tokenized word into vocabulary pieces, greedy longest match
 * first, left to right; every piece after the first is looked up with the continuing-subword prefix
 * ({@code ##}), so {@code "unaffable"} → {@code un ##aff ##able}.
 *
 * <p>As in HF {@code tokenizers}: a word of more than {@code maxInputCharsPerWord} code points becomes
 * a single [UNK] without being looked at, and a word with any position where no piece matches becomes
 * a single [UNK] as a whole (its matched pieces are dropped).
 */
final class WordPiece {
    private final VocabTable wordStarts;
    private final VocabTable continuations;
    private final int unkId;
    private final int maxInputCharsPerWord;

    /**
     * @param vocab                token → id, every token of the model
     * @param unkId                the id of the unknown token
     * @param continuingPrefix     the prefix that marks a piece inside a word, usually {@code ##}
     * @param maxInputCharsPerWord longer words become [UNK], usually 100
     */
    WordPiece(Map<String, Integer> vocab, int unkId, String continuingPrefix, int maxInputCharsPerWord) {
        this.wordStarts = new VocabTable(vocab, "");
        // Keys are stored without the prefix so that a piece is looked up in place, unconcatenated.
        this.continuations = new VocabTable(vocab, continuingPrefix);
        this.unkId = unkId;
        this.maxInputCharsPerWord = maxInputCharsPerWord;
    }

    int unkId() {
        return unkId;
    }

    /** Appends the piece ids of the word {@code s[from, to)} to {@code out}. */
    void tokenize(CharSequence s, int from, int to, IntList out) {
        if (to - from > maxInputCharsPerWord && codePointCount(s, from, to) > maxInputCharsPerWord) {
            out.add(unkId);
            return;
        }
        int mark = out.size();
        int start = from;
        while (start < to) {
            VocabTable table = start == from ? wordStarts : continuations;
            int end = longestMatchEnd(table, s, start, to, out);
            if (end < 0) {
                out.truncate(mark);
                out.add(unkId);
                return;
            }
            start = end;
        }
    }

    /** Finds the longest piece at {@code start}, appends its id and returns its end; -1 if none. */
    private static int longestMatchEnd(VocabTable table, CharSequence s, int start, int to, IntList out) {
        int end = Math.min(to, start + table.maxKeyLength());
        if (end < to && splitsPair(s, end)) {
            end--;
        }
        while (end > start) {
            int id = table.get(s, start, end);
            if (id >= 0) {
                out.add(id);
                return end;
            }
            // Shorten by one code point, never leaving half a surrogate pair.
            end -= end - 2 >= start && splitsPair(s, end - 1) ? 2 : 1;
        }
        return -1;
    }

    /** Whether a cut before index {@code i} would separate a surrogate pair. */
    private static boolean splitsPair(CharSequence s, int i) {
        return Character.isLowSurrogate(s.charAt(i)) && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static int codePointCount(CharSequence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!(Character.isLowSurrogate(s.charAt(i)) && i > from && Character.isHighSurrogate(s.charAt(i - 1)))) {
                n++;
            }
        }
        return n;
    }
}
