package dev.starling.engine.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Unicode scalar value (U+0000..U+10FFFF without the surrogate block: 1,112,064 code points),
 * each placed inside a word as {@code " x" + c + "y"}, tokenizes to the same ids as HF's, under each
 * normalizer setting. This pins down what a test set of posts cannot: which characters are dropped,
 * turned into spaces, split off as punctuation, stripped as accents or lowercased, including the ones
 * where the reference's Unicode 8.0 tables differ from the JVM's (see {@code UnicodeTables}).
 *
 * <p>Code points are sent 512 to a text; a text that differs is re-checked one code point at a time to
 * name the culprits.
 */
class CodePointParityTest {
    private static final int PER_TEXT = 512;

    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of("reference (lowercase, strip_accents null)", Reference.json()),
                Arguments.of("cased, strip_accents true", Reference.variant(true, true, true, false)),
                Arguments.of("lowercase, strip_accents false", Reference.variant(true, true, false, true)),
                Arguments.of("no clean_text, no Chinese spacing, cased", Reference.variant(false, false, false, false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyCodePointMatches(String variant, String json) {
        WordPieceTokenizer ours = Reference.ours(json);
        List<String> bad = new ArrayList<>();
        int checked = 0;
        try (HuggingFaceTokenizer hf = Reference.hfPieces(json)) {
            for (int first = 0; first <= Character.MAX_CODE_POINT; first += PER_TEXT) {
                StringBuilder text = new StringBuilder(PER_TEXT * 5);
                for (int cp = first; cp < first + PER_TEXT; cp++) {
                    if (!isSurrogate(cp)) {
                        text.append(" x").appendCodePoint(cp).append('y');
                        checked++;
                    }
                }
                if (!Arrays.equals(Reference.ints(hf.encode(text.toString()).getIds()), ours.tokenize(text.toString()))) {
                    bad.addAll(culprits(hf, ours, first));
                }
            }
        }
        assertEquals(0x110000 - 0x800, checked);
        if (!bad.isEmpty()) {
            fail(bad.size() + " code points tokenize differently from HF for " + variant + " (first 20 shown):\n"
                    + String.join("\n", bad.subList(0, Math.min(20, bad.size()))));
        }
    }

    private static List<String> culprits(HuggingFaceTokenizer hf, WordPieceTokenizer ours, int first) {
        List<String> out = new ArrayList<>();
        for (int cp = first; cp < first + PER_TEXT; cp++) {
            String word = "x" + (isSurrogate(cp) ? "" : Character.toString(cp)) + "y";
            int[] expected = Reference.ints(hf.encode(word).getIds());
            int[] actual = ours.tokenize(word);
            if (!isSurrogate(cp) && !Arrays.equals(expected, actual)) {
                out.add(String.format("U+%04X %s: HF %s, ours %s", cp, Character.getName(cp),
                        Arrays.toString(expected), Arrays.toString(actual)));
            }
        }
        if (out.isEmpty()) {
            out.add(String.format("U+%04X..U+%04X differ together but not one by one", first, first + PER_TEXT - 1));
        }
        return out;
    }

    /** Surrogate code points are not scalar values: no UTF-8 string, hence no HF input, holds them. */
    private static boolean isSurrogate(int cp) {
        return cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
    }
}
