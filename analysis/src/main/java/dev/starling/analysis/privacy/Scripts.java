package dev.starling.analysis.privacy;

/**
 * Which neighbouring characters make a number or code part of a longer word. Latin, Cyrillic,
 * Greek … letters do ("v1.2.3.4", "ab4111…"); Chinese, Japanese, Korean and Thai letters do not,
 * because those scripts put no spaces between words, so "电话+86 138 0013 8000联系" must still be seen.
 */
final class Scripts {
    /** Regex class body (for use inside [...]): a letter or mark of a script that separates words by spaces. */
    static final String SPACED_LETTER =
            "[\\p{L}\\p{M}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\p{IsThai}\\u3000-\\u303F\\u30FC]]";

    private Scripts() {
    }

    /**
     * Whether {@code cp} belongs to a script written without spaces between words (including the
     * CJK punctuation and the katakana length mark U+30FC, which Unicode files under "common").
     */
    static boolean isUnspaced(int cp) {
        if ((cp >= 0x3000 && cp <= 0x303F) || cp == 0x30FC) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.THAI;
    }

    /** A digit, or a letter of a space-separated script: something a number cannot be glued to. */
    static boolean glues(char c) {
        return Character.isLetterOrDigit(c) && !isUnspaced(c);
    }
}
