package dev.starling.analysis.lang;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the writing system alone says. Exact where a script belongs to one language (among those
 * social media sees), a rule on tell-tale letters for Arabic script, and for Cyrillic the
 * languages whose alphabet contains every letter of the text.
 */
final class ScriptRules {
    /** Scripts written (on social media, practically) in one language only. */
    private static final Map<UnicodeScript, String> UNIQUE = Map.ofEntries(
            Map.entry(UnicodeScript.HAN, "zh"), Map.entry(UnicodeScript.BOPOMOFO, "zh"),
            Map.entry(UnicodeScript.HIRAGANA, "ja"), Map.entry(UnicodeScript.KATAKANA, "ja"),
            Map.entry(UnicodeScript.HANGUL, "ko"), Map.entry(UnicodeScript.GREEK, "el"),
            Map.entry(UnicodeScript.HEBREW, "he"), Map.entry(UnicodeScript.THAI, "th"),
            Map.entry(UnicodeScript.GEORGIAN, "ka"), Map.entry(UnicodeScript.ARMENIAN, "hy"),
            Map.entry(UnicodeScript.BENGALI, "bn"), Map.entry(UnicodeScript.TAMIL, "ta"),
            Map.entry(UnicodeScript.TELUGU, "te"), Map.entry(UnicodeScript.KANNADA, "kn"),
            Map.entry(UnicodeScript.MALAYALAM, "ml"), Map.entry(UnicodeScript.GUJARATI, "gu"),
            Map.entry(UnicodeScript.GURMUKHI, "pa"), Map.entry(UnicodeScript.ORIYA, "or"),
            Map.entry(UnicodeScript.SINHALA, "si"), Map.entry(UnicodeScript.KHMER, "km"),
            Map.entry(UnicodeScript.LAO, "lo"), Map.entry(UnicodeScript.MYANMAR, "my"),
            Map.entry(UnicodeScript.ETHIOPIC, "am"), Map.entry(UnicodeScript.TIBETAN, "bo"));

    /** Letters Urdu writes and Arabic and Persian do not: ٹ ڈ ڑ ں ھ ے. */
    private static final String URDU_ONLY = "\u0679\u0688\u0691\u06BA\u06BE\u06D2";
    /** Letters Persian (and Urdu) write and Arabic does not: پ چ ژ گ and Persian kaf and yeh (ک ی). */
    private static final String PERSIAN = "\u067E\u0686\u0698\u06AF\u06A9\u06CC";

    /** Lower-case alphabets of the Cyrillic languages with n-gram profiles. */
    private static final Map<String, String> CYRILLIC_ALPHABETS = Map.of(
            "ru", "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
            "uk", "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
            "be", "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
            "bg", "абвгдежзийклмнопрстуфхцчшщъьюяѝ",
            "mk", "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
            "sr", "абвгдђежзијклљмнњопрстћуфхцчџш");

    private ScriptRules() {
    }

    /** The language a script settles by itself, or null. Kana present makes Han Japanese. */
    static String uniqueLanguage(UnicodeScript dominant, ScriptCensus census) {
        if (dominant == UnicodeScript.HAN
                && census.count(UnicodeScript.HIRAGANA) + census.count(UnicodeScript.KATAKANA) > 0) {
            return "ja";
        }
        return UNIQUE.get(dominant);
    }

    /** Arabic script: Urdu or Persian when their own letters appear, else Arabic. */
    static String arabicScriptLanguage(String text) {
        if (containsAny(text, URDU_ONLY)) {
            return "ur";
        }
        return containsAny(text, PERSIAN) ? "fa" : "ar";
    }

    /**
     * The Cyrillic languages whose alphabet holds every Cyrillic letter of {@code text}; all six
     * when none does (a typo or a loanword must not leave no candidate).
     */
    static List<String> cyrillicCandidates(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> fits = new ArrayList<>();
        for (Map.Entry<String, String> e : CYRILLIC_ALPHABETS.entrySet()) {
            if (lower.codePoints().filter(cp -> UnicodeScript.of(cp) == UnicodeScript.CYRILLIC && Character.isLetter(cp))
                    .allMatch(cp -> e.getValue().indexOf(cp) >= 0)) {
                fits.add(e.getKey());
            }
        }
        List<String> candidates = fits.isEmpty() ? new ArrayList<>(CYRILLIC_ALPHABETS.keySet()) : fits;
        candidates.sort(null);
        return candidates;
    }

    private static boolean containsAny(String text, String letters) {
        return text.codePoints().anyMatch(cp -> letters.indexOf(cp) >= 0);
    }
}
