package dev.starling.analysis.lang;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many letters of each script a text holds. Han, kana and Hangul letters count three times:
 * one such character carries about as much as a short Latin word, so a Chinese sentence with one
 * brand name in Latin letters is still Chinese.
 */
final class ScriptCensus {
    private static final int CJK_WEIGHT = 3;

    private final Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
    private int weightedTotal;

    static ScriptCensus of(String text) {
        ScriptCensus census = new ScriptCensus();
        text.codePoints().filter(Character::isLetter).forEach(census::add);
        return census;
    }

    private void add(int cp) {
        UnicodeScript script = UnicodeScript.of(cp);
        letters.merge(script, 1, Integer::sum);
        weightedTotal += weight(script);
    }

    private static int weight(UnicodeScript script) {
        return isCjk(script) ? CJK_WEIGHT : 1;
    }

    static boolean isCjk(UnicodeScript script) {
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA
                || script == UnicodeScript.HANGUL;
    }

    /** Letters of {@code script} (unweighted). */
    int count(UnicodeScript script) {
        return letters.getOrDefault(script, 0);
    }

    /** All letters (unweighted). */
    int letters() {
        return letters.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The script with the largest weighted share, kana and Han taken together as Japanese writing
     * when any kana is present (Japanese mixes them; Chinese never uses kana). Null when no letters.
     */
    UnicodeScript dominant() {
        UnicodeScript best = null;
        int bestWeight = 0;
        for (Map.Entry<UnicodeScript, Integer> e : letters.entrySet()) {
            int w = weighted(e.getKey());
            if (w > bestWeight) {
                best = e.getKey();
                bestWeight = w;
            }
        }
        return best;
    }

    /** The weighted share of {@code script} among all letters, in [0, 1]. */
    double share(UnicodeScript script) {
        return weightedTotal == 0 ? 0 : (double) weighted(script) / weightedTotal;
    }

    private int weighted(UnicodeScript script) {
        int kana = count(UnicodeScript.HIRAGANA) + count(UnicodeScript.KATAKANA);
        if (kana > 0 && (script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA)) {
            return (kana + count(UnicodeScript.HAN)) * CJK_WEIGHT;
        }
        return count(script) * weight(script);
    }
}
