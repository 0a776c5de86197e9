package dev.starling.analysis.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Properties over many random inputs (fixed seeds, so a failure reproduces; {@code -Dseed=N} in
 * the surefire JVM arguments explores others): the normaliser never throws, never writes an
 * unpaired surrogate, keeps entity offsets inside its output, and normalising its output again
 * changes nothing. Other option sets are checked for the first two.
 */
class NormalizerPropertyTest {
    private static final SocialTextNormalizer NORMALIZER = SocialTextNormalizer.standard();
    private static final List<SocialTextNormalizer> OTHERS = List.of(
            new SocialTextNormalizer(NormalizerOptions.wordsOnly()),
            new SocialTextNormalizer(NormalizerOptions.defaults().withMentions(EntityMode.KEEP).withUrls(EntityMode.KEEP)
                    .withHashtags(HashtagMode.KEEP).withSeparateEmoji(false).withRepeatLimits(0, 0).withDecodeHtml(false)));

    /** Pieces that meet at awkward boundaries: entity starts, joiners, marks, entities, surrogate halves. */
    private static final List<String> FRAGMENTS = List.of(
            "@", "#", "＠", "＃", "http://", "https://", "www.", ".", ":", "/", "_", "-", "(", ")", "!", "?", " ",
            "\n", "\t", "\u00A0", "a", "B", "o", "ö", "é", "e\u0301", "\u0301", "1", "٣", "ж", "中", "の", "한",
            "ب", "\u05D0", "😀", "👩", "\u200D", "\u200B", "\u200C", "\u202E", "\u2066", "\uFEFF", "\uFE0F",
            "🏽", "🇺", "🇦", "\u20E3", "&amp;", "&", "#39;", "&#", "x1F600;", ";", "&lt;", "&#8203;", "&zwj;",
            "\uD83D", "\uDE00", "\u037E", "\u0600", "\uDB40\uDC41", "\u1100", "\u1161", "user", "Name99", "mastodon.social", "com", "lol", "ooo", "!!!", "C#", "ß", "İ");

    @Test
    void fragmentSoupIsSafeAndIdempotent() {
        Random random = new Random(Long.getLong("seed", 7));
        for (int i = 0; i < 20000; i++) {
            StringBuilder s = new StringBuilder();
            int n = 1 + random.nextInt(12);
            for (int k = 0; k < n; k++) {
                s.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
            }
            check(s.toString());
        }
    }

    @Test
    void arbitraryUtf16IsSafeAndIdempotent() {
        Random random = new Random(Long.getLong("seed", 11));
        for (int i = 0; i < 20000; i++) {
            char[] chars = new char[random.nextInt(24)];
            for (int k = 0; k < chars.length; k++) {
                // half ASCII (where the syntax is), half anywhere in the BMP, surrogates included
                chars[k] = random.nextBoolean() ? (char) (32 + random.nextInt(95)) : (char) random.nextInt(0x10000);
            }
            check(new String(chars));
        }
    }

    private static void check(String input) {
        NormalizedText once;
        try {
            once = NORMALIZER.normalize(input);
        } catch (RuntimeException e) {
            throw new AssertionError("threw on " + escape(input), e);
        }
        String out = once.normalized();
        assertEquals(input, once.original());
        assertNoUnpairedSurrogate(input, out);
        assertEquals(out.strip(), out, () -> "not trimmed for " + escape(input));
        assertTrue(!out.contains("  "), () -> "double space for " + escape(input));
        for (TextEntity e : once.entities()) {
            assertTrue(e.end() <= out.length(), () -> "entity beyond output for " + escape(input));
        }
        String twice = NORMALIZER.normalize(out).normalized();
        assertEquals(out, twice, () -> "not idempotent for " + escape(input) + " -> " + escape(out));
        for (SocialTextNormalizer other : OTHERS) {
            assertNoUnpairedSurrogate(input, other.normalize(input).normalized());
        }
    }

    private static void assertNoUnpairedSurrogate(String input, String out) {
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= out.length() || !Character.isLowSurrogate(out.charAt(i + 1))) {
                    fail("unpaired high surrogate at " + i + " for " + escape(input));
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                fail("unpaired low surrogate at " + i + " for " + escape(input));
            }
        }
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.chars().forEach(c -> b.append(c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return b.append('"').toString();
    }
}
