package dev.starling.engine.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: megabyte lines, control characters and lone surrogates. Nothing throws, nothing
 * recurses, and the time stays linear (the bound below is ten times what a slow machine needs, so it
 * only catches a quadratic blow-up).
 */
class RobustnessTest {
    private static final int MB = 1 << 20;
    private static final long LIMIT_NANOS = 10_000_000_000L;
    private static WordPieceTokenizer t;

    @BeforeAll
    static void load() {
        t = Reference.ours(Reference.json());
    }

    private static int[] timed(String text) {
        long start = System.nanoTime();
        int[] ids = t.tokenize(text);
        long took = System.nanoTime() - start;
        assertTrue(took < LIMIT_NANOS, "tokenizing " + text.length() + " chars took " + took / 1_000_000 + " ms");
        return ids;
    }

    @Test
    void megabyteOfWords() {
        String text = "the quick brown fox jumps over the lazy dog. ".repeat(MB / 45);
        int[] ids = timed(text);
        assertEquals(10 * (MB / 45), ids.length);
        assertArrayEquals(t.tokenize("the quick brown fox jumps over the lazy dog."), Arrays.copyOf(ids, 10));
    }

    @Test
    void megabyteWithoutSpacesIsOneUnknownWord() {
        assertArrayEquals(new int[] {100}, timed("a".repeat(MB)));
        assertArrayEquals(new int[] {100}, timed("😀".repeat(MB / 2)));
    }

    @Test
    void megabyteOfPunctuationOrChineseIsOneTokenPerChar() {
        int[] bangs = timed("!".repeat(MB));
        assertEquals(MB, bangs.length);
        assertTrue(Arrays.stream(bangs).allMatch(id -> id == 999));
        assertEquals(MB / 2, timed("我爱".repeat(MB / 4)).length);
    }

    @Test
    void megabyteOfControlAndZeroWidthCharsVanishes() {
        assertEquals(0, timed("\u0000\u0007\u200b\u200d\ufeff\u202e".repeat(MB / 6)).length);
        assertEquals(0, timed(" \t\r\n\u00a0\u3000".repeat(MB / 6)).length);
    }

    @Test
    void longWordsInsideALongLineAreUnknownButTheirNeighboursAreNot() {
        String text = ("hello " + "x".repeat(101) + " world ").repeat(5000);
        int[] ids = timed(text);
        assertEquals(15000, ids.length);
        assertArrayEquals(new int[] {7592, 100, 2088}, Arrays.copyOf(ids, 3));
    }

    @Test
    void loneSurrogatesActLikeTheReplacementCharacterWhichHfDrops() {
        String[] texts = {"\ud800", "\udc00abc", "abc\ud83d", "a\udc00\ud800b", "😀\ud83d😀", "\ud83d\ud83d\ude00"};
        try (HuggingFaceTokenizer hf = Reference.hfPieces(Reference.json())) {
            for (String s : texts) {
                String replaced = replaceLoneSurrogates(s);
                int[] expected = Reference.ints(hf.encode(replaced).getIds());
                assertArrayEquals(expected, t.tokenize(s), Reference.escape(s));
            }
        }
        WordPieceTokenizer raw = Reference.ours(Reference.variant(false, false, false, false));
        assertArrayEquals(new int[] {100}, raw.tokenize("a\ud800b"));
    }

    private static String replaceLoneSurrogates(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            sb.appendCodePoint(Character.isSurrogate((char) cp) && cp < 0x10000 ? 0xFFFD : cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
