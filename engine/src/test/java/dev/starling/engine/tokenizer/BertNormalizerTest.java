package dev.starling.engine.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The four BertNormalizer steps, on the characters where BERT and naive Java disagree. */
class BertNormalizerTest {
    private static final BertNormalizer UNCASED = new BertNormalizer(true, true, true, true);
    private static final BertNormalizer CASED_STRIPPED = new BertNormalizer(true, true, true, false);
    private static final BertNormalizer LOWER_KEEP_ACCENTS = new BertNormalizer(true, true, false, true);
    private static final BertNormalizer RAW = new BertNormalizer(false, false, false, false);

    private static String norm(BertNormalizer n, String s) {
        StringBuilder sb = new StringBuilder();
        n.normalize(s, 0, s.length(), sb);
        return sb.toString();
    }

    @Test
    void cleanTextDropsControlAndFormatCharsAndJoinsTheTextAroundThem() {
        // NUL, BEL, ESC, VT, FF and NEL are control chars (NEL and VT although White_Space);
        // ZWSP, ZWJ, BOM, RLO, LRI/PDI, soft hyphen are format chars; U+E000 is private use.
        String in = "a\u0000b\u0007c\u001bd\u000be\u000cf\u0085g\u200bh\u200di\ufeffj\u202ek\u2066l\u2069m\u00adn\ue000o\ufffdp";
        assertEquals("abcdefghijklmnop", norm(CASED_STRIPPED, in));
    }

    @Test
    void cleanTextTurnsEveryWhitespaceIntoASpace() {
        String in = "a\tb\nc\rd\u00a0e\u2002f\u2009g\u202fh\u3000i\u2028j\u2029k\u1680l";
        assertEquals("a b c d e f g h i j k l", norm(CASED_STRIPPED, in));
    }

    @Test
    void unassignedAndNewerFormatCharsAreKeptAsTheReferenceDoes() {
        // U+0890 became Cf in Unicode 14, U+13430 in 12: the reference (Unicode 8 tables) keeps them.
        assertEquals("a\u0890b\uD80D\uDC30c\u0378d", norm(CASED_STRIPPED, "a\u0890b\uD80D\uDC30c\u0378d"));
    }

    @Test
    void chineseCharactersGetSpacesButKanaAndHangulDoNot() {
        assertEquals(" 我  爱 ab", norm(UNCASED, "我爱ab"));
        assertEquals("カタカナ 한국어", norm(LOWER_KEEP_ACCENTS, "カタカナ 한국어"));
        assertEquals(" \uD842\uDFB7  野  家 ", norm(UNCASED, "\uD842\uDFB7野家"));
    }

    @Test
    void accentsAreStrippedWhetherPrecomposedOrCombining() {
        assertEquals("cafe cafe zoe naive ngoc", norm(UNCASED, "Café cafe\u0301 Zoë naïve Ngọc"));
        assertEquals("Cafe Zoe", norm(CASED_STRIPPED, "Café Zoë"));
        assertEquals("café zoë", norm(LOWER_KEEP_ACCENTS, "Café Zoë"));
    }

    @Test
    void strippingAccentsDecomposesHangulIntoJamoAsHfDoes() {
        // NFD splits each syllable into conjoining jamo (letters, not marks), which BERT's vocab holds.
        assertEquals("\u1112\u1161\u11ab\u1100\u116e\u11a8", norm(UNCASED, "한국"));
    }

    @Test
    void lowercaseIsPerCodePointLikeRust() {
        // No final sigma, and İ lowercases to i + combining dot above unless accents are stripped first.
        assertEquals("σασ", norm(LOWER_KEEP_ACCENTS, "ΣΑΣ"));
        assertEquals("i\u0307stanbul ılık", norm(LOWER_KEEP_ACCENTS, "İstanbul ılık"));
        assertEquals("istanbul ılık", norm(UNCASED, "İstanbul ılık"));
        assertEquals("straße große", norm(LOWER_KEEP_ACCENTS, "STRAßE GROẞE"));
    }

    @Test
    void loneSurrogatesReadAsReplacementCharacter() {
        assertEquals("ab", norm(UNCASED, "a\ud800b\udc00"));
        assertEquals("a\ufffdb\ufffd", norm(RAW, "a\ud800b\udc00"));
        assertEquals("\uD83D\uDE00", norm(UNCASED, "\uD83D\uDE00"));
    }

    @Test
    void rawModeChangesNothingButSurrogates() {
        String in = "Héllo\u0000 \u200b我 WORLD\t";
        assertEquals(in, norm(RAW, in));
    }

    @Test
    void onlyTheRequestedRangeIsNormalized() {
        StringBuilder sb = new StringBuilder("kept:");
        UNCASED.normalize("xxABCxx", 2, 5, sb);
        assertEquals("kept:abc", sb.toString());
    }
}
