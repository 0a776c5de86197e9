package dev.starling.engine.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words on whitespace, punctuation isolated; symbols and emoji stay inside words. */
class BertPreTokenizerTest {

    private static List<String> words(String s) {
        IntList bounds = new IntList(8);
        BertPreTokenizer.split(s, 0, s.length(), bounds);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < bounds.size(); i += 2) {
            out.add(s.substring(bounds.get(i), bounds.get(i + 1)));
        }
        return out;
    }

    @Test
    void splitsOnWhitespaceAndIsolatesPunctuation() {
        assertEquals(List.of("hello", ",", "world", "!", "!"), words("  hello,   world!! "));
        assertEquals(List.of("don", "'", "t"), words("don't"));
        assertEquals(List.of("@", "user", "#", "tbt"), words("@user #tbt"));
    }

    @Test
    void asciiSymbolsArePunctuationToo() {
        // $ + < = > ^ ` | ~ are symbols (S*) in Unicode but ASCII punctuation in Rust.
        assertEquals(List.of("$", "5", "+", "3", "=", "8", "^", "`", "|", "~", "<", ">"), words("$5+3=8^`|~<>"));
    }

    @Test
    void unicodePunctuationIsIsolatedButSymbolsAreNot() {
        assertEquals(List.of("a", "\u2014", "b", "\u00bf", "c", "\u3002"), words("a\u2014b\u00bfc\u3002"));
        assertEquals(List.of("hi😍there€5©"), words("hi😍there€5©"));
        assertEquals(List.of("😂😂", "!"), words("😂😂!"));
    }

    @Test
    void punctuationFollowsTheReferencesUnicode8Tables() {
        // U+2E3B (Unicode 8) is punctuation; U+2E43 (Unicode 9) is not yet, for the reference.
        assertEquals(List.of("a", "\u2e3b", "b"), words("a\u2e3bb"));
        assertEquals(List.of("a\u2e43b"), words("a\u2e43b"));
        // U+166D was Po in Unicode 8 (So today).
        assertEquals(List.of("a", "\u166d", "b"), words("a\u166db"));
    }

    @Test
    void allUnicodeWhitespaceSplits() {
        assertEquals(List.of("a", "b", "c", "d"), words("a\u00a0b\u3000c\u0085d"));
    }

    @Test
    void emptyAndBlankGiveNoWords() {
        assertEquals(List.of(), words(""));
        assertEquals(List.of(), words(" \t\n "));
    }
}
