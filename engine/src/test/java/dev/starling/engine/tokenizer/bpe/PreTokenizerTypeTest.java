package dev.starling.engine.tokenizer.bpe;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreTokenizerTypeTest {
    static final String MIXED = "I'm  here!\n\n  Don't 12345 👋🏽 中文字 Ὗώ\tx  ";

    @Test
    void gpt2SplitsContractionsWordsAndKeepsTheLastSpaceOfARun() {
        assertEquals(List.of("I", "'m", " ", " here", "!", "\n\n ", " Don", "'t", " 12345", " 👋🏽", " 中文字", "  "),
                PreTokenizerType.GPT2.create().split("I'm  here!\n\n  Don't 12345 👋🏽 中文字  "));
    }

    @Test
    void llama3GroupsDigitsByThreeAndQwen2SplitsEveryDigit() {
        assertEquals(List.of("123", "45", " apples"), PreTokenizerType.LLAMA3.create().split("12345 apples"));
        assertEquals(List.of("1", "2", "3", "4", "5", " apples"), PreTokenizerType.QWEN2.create().split("12345 apples"));
        assertEquals(List.of("I", "'M", " OK"), PreTokenizerType.LLAMA3.create().split("I'M OK"));
    }

    @Test
    void qwen2ComposesToNfcFirst() {
        assertEquals(List.of("café"), PreTokenizerType.QWEN2.create().split("cafe\u0301"));
        assertEquals(List.of("cafe", "\u0301"), PreTokenizerType.LLAMA3.create().split("cafe\u0301"));
    }

    @Test
    void laterRegexesSplitTheChunksOfEarlierOnes() {
        // StarCoder: every digit alone first, then GPT-2's regex inside the rest
        assertEquals(List.of("x", "1", "2", " y"), PreTokenizerType.STARCODER.create().split("x12 y"));
        // Falcon: punctuation runs isolated first
        assertEquals(List.of("a", "...", "b"), PreTokenizerType.FALCON.create().split("a...b"));
    }

    @Test
    void everyTypeGivesTheTextBack() {
        for (PreTokenizerType t : PreTokenizerType.values()) {
            assertEquals(MIXED, String.join("", t.create().split(MIXED)), t.name()); // MIXED is NFC
            assertEquals(List.of(), t.create().split(""), t.name());
        }
    }

    @Test
    void namesResolveToOneTypeEach() {
        Set<String> seen = new HashSet<>();
        for (PreTokenizerType t : PreTokenizerType.values()) {
            for (String n : t.names()) {
                assertTrue(seen.add(n), "name used twice: " + n);
                assertEquals(Optional.of(t), PreTokenizerType.forName(n));
            }
        }
        assertEquals(Optional.empty(), PreTokenizerType.forName("no-such-model"));
        assertTrue(PreTokenizerType.LLAMA3.ignoreMerges());
        assertTrue(!PreTokenizerType.GPT2.ignoreMerges());
    }
}
