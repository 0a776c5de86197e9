package dev.starling.engine.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Greedy longest-match-first WordPiece on a tiny vocabulary, with its [UNK] rules. */
class WordPieceTest {
    private static final Map<String, Integer> VOCAB = Map.ofEntries(
            Map.entry("[UNK]", 0), Map.entry("un", 1), Map.entry("##aff", 2), Map.entry("##able", 3),
            Map.entry("a", 4), Map.entry("##b", 5), Map.entry("ab", 6), Map.entry("😀", 7),
            Map.entry("##😀", 8), Map.entry("##a", 9), Map.entry("u", 10), Map.entry("##n", 11));
    private static final WordPiece WP = new WordPiece(VOCAB, 0, "##", 5);

    private static int[] pieces(String word) {
        IntList out = new IntList(4);
        WP.tokenize(word, 0, word.length(), out);
        return out.toArray();
    }

    @Test
    void longestMatchFirstThenContinuations() {
        assertArrayEquals(new int[] {1, 2}, pieces("unaff"));
        assertArrayEquals(new int[] {0}, pieces("unaffable"));
        assertArrayEquals(new int[] {6}, pieces("ab"));
        assertArrayEquals(new int[] {6, 5, 5}, pieces("abbb"));
    }

    @Test
    void continuationPiecesUseThePrefixedEntriesOnly() {
        // "a" exists both as a word start (4) and as "##a" (9).
        assertArrayEquals(new int[] {4, 9, 9}, pieces("aaa"));
    }

    @Test
    void aWordWithAnUnmatchablePositionIsOneUnk() {
        assertArrayEquals(new int[] {0}, pieces("abx"));
        assertArrayEquals(new int[] {0}, pieces("xab"));
    }

    @Test
    void theMaximumIsCountedInCodePoints() {
        assertArrayEquals(new int[] {6, 5, 5, 5}, pieces("abbbb"));
        assertArrayEquals(new int[] {0}, pieces("abbbbb"));
        // Five emoji are ten chars but five code points: within the limit.
        assertArrayEquals(new int[] {7, 8, 8, 8, 8}, pieces("😀😀😀😀😀"));
        assertArrayEquals(new int[] {0}, pieces("😀😀😀😀😀😀"));
    }

    @Test
    void piecesAreAppendedAfterWhatIsAlreadyThere() {
        IntList out = new IntList(4);
        out.add(42);
        WP.tokenize("xxunxx", 2, 4, out);
        WP.tokenize("abx", 0, 3, out);
        assertArrayEquals(new int[] {42, 1, 0}, out.toArray());
    }

    @Test
    void halfASurrogatePairNeverMatches() {
        assertArrayEquals(new int[] {0}, pieces("a\uD83D"));
    }
}
