package dev.starling.engine.tokenizer;

import static dev.starling.engine.tokenizer.UnicodeTables.PUNCTUATION_FLAG;
import static dev.starling.engine.tokenizer.UnicodeTables.WHITESPACE_FLAG;

/**
 * HF {@code BertPreTokenizer}: splits normalized text into words on whitespace (dropped) and around
 * every punctuation character (kept as a one-char word). Punctuation is ASCII punctuation, which
 * includes symbols such as {@code $ + < = > ^ ` | ~}, or a Unicode P* character; emoji and other
 * symbols are not punctuation and stay inside their word ({@code hi😍} is one word).
 */
final class BertPreTokenizer {
    private BertPreTokenizer() {
    }

    /** Appends the {@code [start, end)} char bounds of each word of {@code s[from, to)} to {@code bounds}. */
    static void split(CharSequence s, int from, int to, IntList bounds) {
        int wordStart = -1;
        int i = from;
        while (i < to) {
            int cp = BertNormalizer.codePointAt(s, i, to);
            int next = i + Character.charCount(cp);
            int flags = UnicodeTables.flags(cp);
            if ((flags & (WHITESPACE_FLAG | PUNCTUATION_FLAG)) != 0) {
                if (wordStart >= 0) {
                    bounds.add(wordStart);
                    bounds.add(i);
                    wordStart = -1;
                }
                if ((flags & PUNCTUATION_FLAG) != 0) {
                    bounds.add(i);
                    bounds.add(next);
                }
            } else if (wordStart < 0) {
                wordStart = i;
            }
            i = next;
        }
        if (wordStart >= 0) {
            bounds.add(wordStart);
            bounds.add(to);
        }
    }
}
