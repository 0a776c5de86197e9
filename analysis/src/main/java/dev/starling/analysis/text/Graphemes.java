package dev.starling.analysis.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Extended grapheme clusters (what a reader sees as one character) and which of them are emoji.
 * Since JDK 20 {@link BreakIterator#getCharacterInstance} follows UAX #29 for emoji, so a ZWJ
 * family, a flag (a pair of regional indicators), a keycap and a skin-toned hand are each one
 * cluster.
 */
final class Graphemes {
    static final int ZWJ = 0x200D;
    private static final int KEYCAP = 0x20E3;
    private static final int VARIATION_EMOJI = 0xFE0F;

    private Graphemes() {
    }

    /** The clusters of {@code text}, in order; their concatenation is {@code text}. */
    static List<String> split(String text) {
        List<String> clusters = new ArrayList<>();
        BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
        it.setText(text);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            clusters.add(text.substring(start, end));
        }
        return clusters;
    }

    /**
     * Whether a cluster is an emoji, judged by its base (first code point): a pictograph, a
     * regional indicator (flags), a skin-tone swatch, or a digit, {@code #} or {@code *} with the
     * keycap mark. Pictographs in Latin-1 (© and ®) count only with the emoji variation selector,
     * because as plain text they are ordinary symbols. A letter followed by a stray modifier is not
     * an emoji.
     */
    static boolean isEmoji(String cluster) {
        int base = cluster.codePointAt(0);
        if (isRegionalIndicator(base) || Character.isEmojiModifier(base)) {
            return true;
        }
        if (Character.isExtendedPictographic(base)) {
            return base > 0xFF || cluster.indexOf(VARIATION_EMOJI) >= 0;
        }
        return (base == '#' || base == '*' || (base >= '0' && base <= '9')) && cluster.indexOf(KEYCAP) >= 0;
    }

    static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    /** Letters and marks: the clusters whose repeats are elongation. */
    static boolean isLetter(String cluster) {
        return Character.isLetter(cluster.codePointAt(0));
    }

    /** Punctuation (Unicode general category P*). */
    static boolean isPunctuation(String cluster) {
        return switch (Character.getType(cluster.codePointAt(0))) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** Whitespace of any kind (no-break and ideographic spaces too) and control characters. */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.CONTROL;
    }

    /** Whether the cluster begins with whitespace (anything after it is a mark with no base). */
    static boolean startsWithSpace(String cluster) {
        return isSpace(cluster.codePointAt(0));
    }

    /**
     * Whether {@code cp} would join the cluster of whatever precedes it (a combining mark, a
     * skin-tone modifier, a variation selector, a tag, a spacing mark): asked of the break
     * iterator itself, so the answer always agrees with {@link #split}. Such a character left
     * right after a space would join that space on the next pass.
     */
    static boolean extendsPrevious(int cp) {
        if (cp < 0x300) {
            return false;   // nothing in ASCII or Latin-1 extends a cluster
        }
        return split(" " + Character.toString(cp)).size() == 1;
    }}
