package dev.starling.engine.tokenizer.bpe;

import dev.starling.engine.tokenizer.Encoding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A hand-made SentencePiece vocabulary with scores and the 256 byte-fallback pieces. */
class SentencePieceTokenizerTest extends LmTokenizerContract {
    final List<String> tokens = new ArrayList<>();
    final List<TokenType> types = new ArrayList<>();
    final List<Float> scores = new ArrayList<>();
    final SentencePieceTokenizer spm;

    SentencePieceTokenizerTest() {
        add("<unk>", TokenType.UNKNOWN, 0);
        add("<s>", TokenType.CONTROL, 0);
        add("</s>", TokenType.CONTROL, 0);
        for (int b = 0; b < 256; b++) {
            add(String.format("<0x%02X>", b), TokenType.BYTE, 0);
        }
        String[] pieces = {"▁", "h", "e", "l", "o", "a", "b", "c", "<", "s", ">", "i",
            "▁h", "▁he", "ll", "▁hell", "▁hello", "ab", "bc", "<s"};
        float[] score = {-1, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2,
            -3, -4, -5, -6, -7, -9, -8, -1};
        for (int i = 0; i < pieces.length; i++) {
            add(pieces[i], TokenType.NORMAL, score[i]);
        }
        float[] s = new float[scores.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = scores.get(i);
        }
        Vocabulary v = new Vocabulary(tokens.toArray(String[]::new), types.toArray(TokenType[]::new), s);
        spm = new SentencePieceTokenizer(v, true, new SpecialIds(1, 2, 0, -1, true, false));
    }

    private void add(String t, TokenType type, float score) {
        tokens.add(t);
        types.add(type);
        scores.add(score);
    }

    private int id(String t) {
        return spm.tokenId(t);
    }

    @Override
    LmTokenizer tokenizer() {
        return spm;
    }

    @Test
    void aSpaceIsPrependedAndSpacesBecomeTheMetaSymbol() {
        assertArrayEquals(new int[] {id("▁hello")}, spm.tokenize("hello"));
        assertArrayEquals(new int[] {id("▁hello"), id("▁"), id("▁he")}, spm.tokenize("hello  he"));
        assertArrayEquals(new int[] {}, spm.tokenize(""));
    }

    @Test
    void thePairWhosePieceScoresHighestMergesFirst() {
        // "bc" (-8) beats "ab" (-9) although "ab" is leftmost
        assertArrayEquals(new int[] {id("▁"), id("a"), id("bc")}, spm.tokenize("abc"));
    }

    @Test
    void unknownCharactersFallBackToTheirUtf8Bytes() {
        assertArrayEquals(new int[] {id("▁h"), id("<0xC3>"), id("<0xA9>")}, spm.tokenize("hé"));
        assertEquals("hé 🙂", spm.decode(spm.tokenize("hé 🙂")));
    }

    @Test
    void textNeverMergesIntoAControlPiece() {
        assertArrayEquals(new int[] {id("▁"), id("<s"), id(">")}, spm.tokenize("<s>"));
        assertArrayEquals(new int[] {id("<s>"), id("▁hello")}, spm.encode("<s>hello", true));
    }

    @Test
    void encodingStartsWithBosAndDecodingDropsThePrefixSpace() {
        Encoding e = spm.encode("hello");
        assertArrayEquals(new int[] {1, id("▁hello")}, e.ids());
        assertEquals("hello he", spm.decode(spm.tokenize("hello he")));
        assertEquals("hello", spm.decode(new int[] {1, id("▁hello"), 2}, true));
    }
}
