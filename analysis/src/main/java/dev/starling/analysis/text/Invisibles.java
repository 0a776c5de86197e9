package dev.starling.analysis.text;

import java.util.List;

/**
 * Removes characters that are not seen but change what a program sees: zero-width spaces and
 * joiners, the word joiner, the byte-order mark, the soft hyphen, and bidirectional controls (an
 * RTL override can make a URL or a word read differently from what it is). A ZWJ that joins two
 * pictographs inside one emoji cluster (👩‍👩‍👧) is part of the emoji and stays; a ZWJ anywhere
 * else goes. An unpaired surrogate, which no text can legitimately hold, becomes U+FFFD.
 */
final class Invisibles {
    private static final int REPLACEMENT = 0xFFFD;

    private Invisibles() {
    }

    static String strip(String text) {
        if (!mayNeedStripping(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        List<String> clusters = Graphemes.split(text);
        for (String cluster : clusters) {
            appendVisible(cluster, Graphemes.isEmoji(cluster), out);
        }
        return out.toString();
    }

    private static void appendVisible(String cluster, boolean emoji, StringBuilder out) {
        for (int i = 0; i < cluster.length(); ) {
            int cp = cluster.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                out.appendCodePoint(REPLACEMENT);
            } else if (cp == Graphemes.ZWJ && emoji && joinsPictograph(cluster, next)) {
                out.appendCodePoint(cp);
            } else if (!isInvisible(cp)) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
    }

    private static boolean joinsPictograph(String cluster, int after) {
        return after < cluster.length() && Character.isExtendedPictographic(cluster.codePointAt(after));
    }

    static boolean isInvisible(int cp) {
        return cp == 0x00AD                          // soft hyphen
                || cp == 0x061C                      // Arabic letter mark
                || (cp >= 0x200B && cp <= 0x200F)    // ZWSP, ZWNJ, ZWJ, LRM, RLM
                || (cp >= 0x202A && cp <= 0x202E)    // bidi embeddings and overrides
                || (cp >= 0x2060 && cp <= 0x2064)    // word joiner, invisible operators
                || (cp >= 0x2066 && cp <= 0x2069)    // bidi isolates
                || cp == 0xFEFF;                     // byte-order mark / ZWNBSP
    }

    /** Fast path: most posts contain none of these and no surrogates that could be unpaired. */
    private static boolean mayNeedStripping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) || isInvisible(c)) {
                return true;
            }
        }
        return false;
    }
}
