package dev.starling.engine.tokenizer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Id-for-id parity with HuggingFace {@code tokenizers} (the native library, through DJL) on the
 * committed posts, for the reference tokenizer.json and variants with other normalizer and added-token
 * options: single posts untruncated and truncated, pieces alone, and consecutive posts as pairs,
 * untruncated and truncated (at 128 and at 24, where LongestFirst cuts both sides).
 */
class PostsParityTest {
    private static List<String> posts;

    @BeforeAll
    static void load() {
        posts = Posts.load();
        assertTrue(posts.size() >= 330, "the test set has only " + posts.size() + " posts");
    }

    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of("reference (lowercase, strip_accents null)", Reference.json()),
                Arguments.of("cased, strip_accents true", Reference.variant(true, true, true, false)),
                Arguments.of("lowercase, strip_accents false", Reference.variant(true, true, false, true)),
                Arguments.of("no clean_text, no Chinese spacing, cased", Reference.variant(false, false, false, false)),
                Arguments.of("added-token options", Reference.withAddedTokenOptions()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void singlePostsMatch(String variant, String json) {
        WordPieceTokenizer ours = Reference.ours(json);
        try (HuggingFaceTokenizer hf = Reference.hf(json);
                HuggingFaceTokenizer hf128 = Reference.hfTruncating(json, 128);
                HuggingFaceTokenizer pieces = Reference.hfPieces(json)) {
            Mismatches m = new Mismatches(variant);
            int longer = 0;
            for (int i = 0; i < posts.size(); i++) {
                String p = posts.get(i);
                var full = hf.encode(p);
                m.check("encode", i, Reference.escape(p), full, ours.encode(p));
                var cut = hf128.encode(p);
                m.check("encode(128)", i, Reference.escape(p), cut, ours.encode(p, 128));
                m.checkIds("tokenize", i, Reference.escape(p), pieces.encode(p).getIds(), ours.tokenize(p));
                longer += full.getIds().length > 128 ? 1 : 0;
            }
            m.assertNone();
            assertTrue(longer >= 5, "only " + longer + " posts are longer than 128 tokens; truncation is barely tested");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void consecutivePostsAsPairsMatch(String variant, String json) {
        WordPieceTokenizer ours = Reference.ours(json);
        try (HuggingFaceTokenizer hf = Reference.hf(json);
                HuggingFaceTokenizer hf128 = Reference.hfTruncating(json, 128);
                HuggingFaceTokenizer hf24 = Reference.hfTruncating(json, 24)) {
            Mismatches m = new Mismatches(variant);
            for (int i = 0; i + 1 < posts.size(); i++) {
                String a = posts.get(i);
                String b = posts.get(i + 1);
                String both = Reference.escape(a) + " + " + Reference.escape(b);
                var full = hf.encode(a, b);
                m.check("encodePair", i, both, full, ours.encodePair(a, b));
                var cut = hf128.encode(a, b);
                m.check("encodePair(128)", i, both, cut, ours.encodePair(a, b, 128));
                var tiny = hf24.encode(a, b);
                m.check("encodePair(24)", i, both, tiny, ours.encodePair(a, b, 24));
            }
            m.assertNone();
        }
    }

    /** Collects mismatches so that one run reports all of them, each with the line, the text and both ids. */
    private static final class Mismatches {
        private final String variant;
        private final List<String> found = new ArrayList<>();

        Mismatches(String variant) {
            this.variant = variant;
        }

        /** {@code shown} is the input, escaped; for a pair, both texts. */
        void check(String what, int index, String shown, ai.djl.huggingface.tokenizers.Encoding hf, Encoding ours) {
            checkIds(what, index, shown, hf.getIds(), ours.ids());
            checkIds(what + " type ids", index, shown, hf.getTypeIds(), ours.typeIds());
            checkIds(what + " attention mask", index, shown, hf.getAttentionMask(), ours.attentionMask());
        }

        void checkIds(String what, int index, String shown, long[] expected, int[] actual) {
            if (!Arrays.equals(Reference.ints(expected), actual)) {
                found.add(String.format("%s, posts.jsonl line %d: %s%n  HF:   %s%n  ours: %s", what, index + 1,
                        shown, Arrays.toString(expected), Arrays.toString(actual)));
            }
        }

        void assertNone() {
            if (!found.isEmpty()) {
                fail(found.size() + " mismatches with HF tokenizers for " + variant + " (first 10 shown):\n"
                        + String.join("\n", found.subList(0, Math.min(10, found.size()))));
            }
        }
    }
}
