package dev.starling.engine.tokenizer;

import static dev.starling.engine.tokenizer.UnicodeTables.CHINESE_FLAG;
import static dev.starling.engine.tokenizer.UnicodeTables.NONSPACING_MARK_FLAG;
import static dev.starling.engine.tokenizer.UnicodeTables.OTHER_FLAG;
import static dev.starling.engine.tokenizer.UnicodeTables.WHITESPACE_FLAG;

import java.text.Normalizer;

/**
 * HF {@code BertNormalizer}: the text clean-up BERT was trained with, applied in HF's order
 * (1) clean text, (2) space out Chinese characters, (3) strip accents, (4) lowercase.
 *
 * <ol>
 *   <li>clean text: drop U+0000, U+FFFD and every Cc/Cf/Co character except tab, LF and CR (so zero
 *       width spaces, ZWJ, BOM and bidi controls vanish, joining the text around them), then map every
 *       White_Space character to {@code ' '};</li>
 *   <li>Chinese characters ({@link UnicodeTables#CHINESE}) get a space on each side, so each becomes
 *       a word of its own;</li>
 *   <li>strip accents: NFD, then drop nonspacing marks (Mn), so {@code café}, {@code cafe\u0301}
 *       and {@code cafe} all become {@code cafe}; Devanagari vowel signs that are Mn go too;</li>
 *   <li>lowercase each code point on its own (Rust {@code char::to_lowercase}), so a final capital
 *       sigma becomes σ, not ς, and U+0130 (İ) becomes {@code i} + U+0307.</li>
 * </ol>
 *
 * <p>A lone surrogate in a Java string is read as U+FFFD, which is what the reference sees when such
 * a string is decoded from invalid UTF-8; with clean text on it is dropped.
 *
 * @param cleanText          step 1
 * @param handleChineseChars step 2
 * @param stripAccents       step 3; a {@code null} in tokenizer.json means "same as lowercase"
 * @param lowercase          step 4
 */
record BertNormalizer(boolean cleanText, boolean handleChineseChars, boolean stripAccents, boolean lowercase) {

    /** The first char with a canonical decomposition is U+00C0; below it NFD is the identity. */
    private static final char FIRST_DECOMPOSABLE = '\u00C0';

    /** Appends the normalized form of {@code in[from, to)} to {@code out}. */
    void normalize(CharSequence in, int from, int to, StringBuilder out) {
        if (stripAccents && needsDecomposition(in, from, to)) {
            StringBuilder cleaned = new StringBuilder(to - from + 16);
            cleanAndSpace(in, from, to, cleaned, false);
            stripAndLowercase(Normalizer.normalize(cleaned, Normalizer.Form.NFD), out);
        } else {
            // No char can decompose or be a mark, so stripping is a no-op and one pass does the rest.
            cleanAndSpace(in, from, to, out, lowercase);
        }
    }

    private static boolean needsDecomposition(CharSequence in, int from, int to) {
        for (int i = from; i < to; i++) {
            if (in.charAt(i) >= FIRST_DECOMPOSABLE) {
                return true;
            }
        }
        return false;
    }

    /** Steps 1 and 2, and step 4 when {@code lower} (used when step 3 has nothing to do). */
    private void cleanAndSpace(CharSequence in, int from, int to, StringBuilder out, boolean lower) {
        int i = from;
        while (i < to) {
            int cp = codePointAt(in, i, to);
            i += Character.charCount(cp);
            int flags = UnicodeTables.flags(cp);
            if (cleanText) {
                if (cp == 0 || cp == 0xFFFD || (flags & OTHER_FLAG) != 0) {
                    continue;
                }
                if ((flags & WHITESPACE_FLAG) != 0) {
                    out.append(' ');
                    continue;
                }
            }
            if (handleChineseChars && (flags & CHINESE_FLAG) != 0) {
                out.append(' ').appendCodePoint(cp).append(' ');
            } else if (lower) {
                appendLowercase(cp, out);
            } else {
                out.appendCodePoint(cp);
            }
        }
    }

    /** Step 3 after NFD (drop Mn), fused with step 4: per char, HF's order is strip then lowercase. */
    private void stripAndLowercase(String nfd, StringBuilder out) {
        int i = 0;
        int n = nfd.length();
        while (i < n) {
            int cp = codePointAt(nfd, i, n);
            i += Character.charCount(cp);
            if ((UnicodeTables.flags(cp) & NONSPACING_MARK_FLAG) != 0) {
                continue;
            }
            if (lowercase) {
                appendLowercase(cp, out);
            } else {
                out.appendCodePoint(cp);
            }
        }
    }

    /**
     * Rust {@code char::to_lowercase}: the simple mapping, except U+0130, the one code point whose
     * unconditional (SpecialCasing) lowercase is two chars.
     */
    static void appendLowercase(int cp, StringBuilder out) {
        if (cp < 0x80) {
            out.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        } else if (cp == 0x130) {
            out.append('i').append('\u0307');
        } else {
            out.appendCodePoint(Character.toLowerCase(cp));
        }
    }

    /** The code point at {@code i}; a lone surrogate reads as U+FFFD. */
    static int codePointAt(CharSequence s, int i, int end) {
        char c = s.charAt(i);
        if (!Character.isSurrogate(c)) {
            return c;
        }
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
            return Character.toCodePoint(c, s.charAt(i + 1));
        }
        return 0xFFFD;
    }
}
