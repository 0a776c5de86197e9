package dev.starling.analysis.trends;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The content terms of a (redacted) post text: lower-cased letter runs of at least three letters,
 * without @mentions, URLs, hashtags (they are series of their own), redaction placeholders and
 * common function words of the main Latin-script languages. Scripts written without spaces
 * (Chinese, Japanese) give no terms here: their hashtags still count.
 */
public final class Terms {
    private static final Set<String> STOP = new java.util.HashSet<>(java.util.List.of(
            // en
            "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our", "out",
            "has", "him", "his", "how", "its", "may", "new", "now", "see", "who", "did", "get", "got", "let", "say", "she",
            "too", "use", "this", "that", "with", "have", "from", "they", "will", "would", "there", "their", "what", "about",
            "which", "when", "make", "like", "just", "than", "them", "been", "into", "some", "could", "other", "then",
            "more", "your", "were", "here", "only", "also", "very", "even", "much", "still", "over", "after", "again",
            "really", "today", "being", "does", "dont", "don't", "it's", "i'm", "can't", "didn't", "isn't", "that's",
            "why", "yes", "off", "way", "well", "back", "because", "going", "know", "think", "want", "need", "where",
            "these", "those", "such", "every", "should", "each", "most", "same", "both", "few", "own", "while", "ever",
            // es, pt, fr, de, it
            "que", "los", "las", "del", "por", "con", "una", "para", "como", "más", "pero", "sus", "este", "esta", "todo",
            "muy", "hay", "ser", "ya", "não", "uma", "com", "mais", "dos", "das", "pelo", "isso", "está", "les", "des",
            "une", "est", "pas", "pour", "qui", "dans", "sur", "avec", "plus", "tout", "mais", "ont", "sont", "cette",
            "der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "ein", "eine", "auf", "für", "sich", "auch",
            "von", "wie", "aus", "noch", "schon", "nur", "bei", "heute", "che", "non", "per", "gli", "sono", "della"));

    private Terms() {
    }

    /** Distinct terms of {@code text} in order of first use. */
    public static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String token = text.substring(start, i);
                if (!skipped(token)) {
                    addLetterRuns(token.toLowerCase(Locale.ROOT), out);
                }
            }
        }
        return out;
    }

    private static boolean skipped(String token) {
        char c = token.charAt(0);
        return c == '@' || c == '#' || c == '<' || c == '[' || token.startsWith("http") || token.startsWith("www.");
    }

    private static void addLetterRuns(String token, Set<String> out) {
        int i = 0;
        while (i < token.length()) {
            int start = i;
            while (i < token.length() && isWordChar(token.codePointAt(i))) {
                i += Character.charCount(token.codePointAt(i));
            }
            if (i > start) {
                String w = strip(token.substring(start, i));
                if (w.codePointCount(0, w.length()) >= 3 && !STOP.contains(w) && !unspaced(w)) {
                    out.add(w);
                }
            } else {
                i += Character.charCount(token.codePointAt(i));
            }
        }
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK || cp == '\'' || cp == '’';
    }

    /** Apostrophes at either end dropped ("'quoted'" → "quoted"), typographic ones made plain. */
    private static String strip(String w) {
        int a = 0;
        int b = w.length();
        while (a < b && isApostrophe(w.charAt(a))) {
            a++;
        }
        while (b > a && isApostrophe(w.charAt(b - 1))) {
            b--;
        }
        return w.substring(a, b).replace('’', '\'');
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static boolean unspaced(String w) {
        Character.UnicodeScript s = Character.UnicodeScript.of(w.codePointAt(0));
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI;
    }
}
