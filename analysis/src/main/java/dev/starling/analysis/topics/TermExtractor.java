package dev.starling.analysis.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The terms c-TF-IDF counts: lower-cased words of letters and digits, hashtags as their word,
 * without URLs, @mentions, pseudonyms ({@code user_…}), redaction tokens ({@code [EMAIL]} …),
 * numbers, one-letter words and stop words. Text in Han script, which has no spaces, becomes
 * overlapping character bigrams (a dictionary-free segmentation that works for Simplified and
 * Traditional alike); Katakana runs stay whole words; Hiragana (mostly particles) is dropped.
 */
public final class TermExtractor {
    private static final Pattern NOISE = Pattern.compile(
            "(?U)https?://\\S+|www\\.\\S+|@\\w+|\\buser_[0-9a-f]{6,}\\b|\\[[A-Z_]{2,}\\]|\\\\u[0-9a-fA-F]{4}|&\\w+;");

    private final StopWords stopWords;

    public TermExtractor(StopWords stopWords) {
        this.stopWords = stopWords;
    }

    /** The shipped stop words. */
    public static TermExtractor standard() {
        return new TermExtractor(StopWords.standard());
    }

    /** The terms of one post, in order, with repeats. */
    public List<String> terms(String text, String lang) {
        String clean = NOISE.matcher(text).replaceAll(" ").replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < clean.length()) {
            int cp = clean.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            int end = runEnd(clean, i, script, Character.isLetterOrDigit(cp));
            String run = clean.substring(i, end);
            if (script == Character.UnicodeScript.HAN) {
                addBigrams(run, lang, out);
            } else if (script == Character.UnicodeScript.KATAKANA) {
                addWord(run, lang, out, 2);
            } else if (Character.isLetterOrDigit(cp) && script != Character.UnicodeScript.HIRAGANA) {
                addWord(trimApostrophes(run), lang, out, 2);
            }
            i = end;
        }
        return out;
    }

    /** Code points of the same script (words of letters, digits and inner apostrophes). */
    private static int runEnd(String s, int start, Character.UnicodeScript script, boolean word) {
        int i = start + Character.charCount(s.codePointAt(start));
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            boolean same = word
                    ? (Character.isLetterOrDigit(cp) || cp == '\'' || Character.getType(cp) == Character.NON_SPACING_MARK)
                        && sameScript(script, Character.UnicodeScript.of(cp))
                    : !Character.isLetterOrDigit(cp);
            if (!same) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean sameScript(Character.UnicodeScript a, Character.UnicodeScript b) {
        return a == b || b == Character.UnicodeScript.COMMON || b == Character.UnicodeScript.INHERITED
                || (a == Character.UnicodeScript.COMMON && b == Character.UnicodeScript.LATIN);
    }

    private static String trimApostrophes(String w) {
        String t = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
        int a = 0;
        int b = t.length();
        while (a < b && t.charAt(a) == '\'') {
            a++;
        }
        while (b > a && t.charAt(b - 1) == '\'') {
            b--;
        }
        return t.substring(a, b);
    }

    private void addWord(String w, String lang, List<String> out, int minLength) {
        if (w.codePointCount(0, w.length()) < minLength || w.chars().allMatch(Character::isDigit)
                || stopWords.contains(w, lang)) {
            return;
        }
        out.add(w);
    }

    private void addBigrams(String run, String lang, List<String> out) {
        int[] cps = run.codePoints().toArray();
        for (int k = 0; k + 1 < cps.length; k++) {
            addWord(new String(cps, k, 2), lang, out, 2);
        }
    }
}
