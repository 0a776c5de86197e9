package dev.starling.engine.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The public API on the all-MiniLM-L6-v2 tokenizer, with ids checked by hand against its vocab. */
class WordPieceTokenizerTest {
    private static WordPieceTokenizer t;

    @BeforeAll
    static void load() throws Exception {
        try (var in = WordPieceTokenizerTest.class.getResourceAsStream(Reference.RESOURCE)) {
            t = WordPieceTokenizer.fromJson(in);
        }
    }

    @Test
    void specialIdsAndVocabulary() {
        assertEquals(101, t.clsId());
        assertEquals(102, t.sepId());
        assertEquals(0, t.padId());
        assertEquals(100, t.unkId());
        assertEquals(103, t.maskId());
        assertEquals(30522, t.vocabSize());
        assertEquals(7592, t.tokenId("hello"));
        assertEquals("hello", t.token(7592));
        assertEquals("##ing", t.token(t.tokenId("##ing")));
        assertEquals(-1, t.tokenId("not-a-token"));
        assertThrows(IllegalArgumentException.class, () -> t.token(30522));
        assertThrows(IllegalArgumentException.class, () -> t.token(-1));
        assertArrayEquals(new String[] {"[CLS]", "hello", "world", "[SEP]"}, t.tokens(t.encode("Hello world").ids()));
    }

    @Test
    void encodeWrapsThePiecesInClsAndSep() {
        Encoding e = t.encode("Hello, world!");
        assertArrayEquals(new int[] {101, 7592, 1010, 2088, 999, 102}, e.ids());
        assertArrayEquals(new int[6], e.typeIds());
        assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1}, e.attentionMask());
        assertArrayEquals(new int[] {7592, 1010, 2088, 999}, t.tokenize("Hello, world!"));
        assertEquals(e, t.withSpecialTokens(t.tokenize("Hello, world!")));
        assertArrayEquals(new int[] {101, 102}, t.encode("").ids());
    }

    @Test
    void specialTokensWrittenInTheTextAreSpecialTokens() {
        assertArrayEquals(new int[] {101, 101, 102}, t.encode("[CLS]").ids());
        assertArrayEquals(new int[] {7592, 103, 2088}, t.tokenize("hello[MASK]world"));
        assertNotEquals(103, t.tokenize("[mask]")[1]);
    }

    @Test
    void truncationCountsTheSpecialTokens() {
        String text = "one two three four five six seven eight nine ten";
        Encoding e = t.encode(text, 6);
        assertArrayEquals(new int[] {101, 2028, 2048, 2093, 2176, 102}, e.ids());
        assertEquals(t.encode(text), t.encode(text, 128));
        assertEquals(2, t.encode(text, 2).length());
        assertThrows(IllegalArgumentException.class, () -> t.encode(text, 1));
    }

    @Test
    void pairsGetSegmentIdsAndLongestFirstTruncation() {
        Encoding p = t.encodePair("hello", "big world");
        assertArrayEquals(new int[] {101, 7592, 102, 2502, 2088, 102}, p.ids());
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, p.typeIds());
        Encoding cut = t.encodePair("one two three four five", "six", 7);
        assertArrayEquals(new int[] {101, 2028, 2048, 2093, 102, 2416, 102}, cut.ids());
        assertThrows(IllegalArgumentException.class, () -> t.encodePair("a", "b", 2));
    }

    @Test
    void encodingValidatesAndComparesByContent() {
        assertThrows(IllegalArgumentException.class, () -> new Encoding(new int[2], new int[1], new int[2]));
        assertThrows(IllegalArgumentException.class, () -> new Encoding(null, new int[0], new int[0]));
        assertEquals(new Encoding(new int[] {1}, new int[] {0}, new int[] {1}),
                new Encoding(new int[] {1}, new int[] {0}, new int[] {1}));
        assertEquals(new Encoding(new int[] {1}, new int[] {0}, new int[] {1}).hashCode(),
                new Encoding(new int[] {1}, new int[] {0}, new int[] {1}).hashCode());
    }

    @Test
    void nullInputIsRejectedWithAName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> t.encode(null));
        assertEquals("text", e.getMessage());
    }
}
