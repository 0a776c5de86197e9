package dev.starling.analysis.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telephone numbers in the three shapes people write them in:
 * <ul>
 *   <li>international, with {@code +} or {@code 00} and the country code: {@code +44 20 7946 0958},
 *       {@code +1 (415) 555-0132}, {@code 0049 30 1234567}, {@code +447946095800};</li>
 *   <li>North American: {@code (555) 123-4567}, {@code 555-123-4567}, {@code 1-800-555-0199};</li>
 *   <li>national with a trunk 0 and at least one separator: {@code 020 7946 0958},
 *       {@code 06 12 34 56 78}, {@code (030) 1234567}.</li>
 * </ul>
 * Every match has 8–15 digits. Bare digit runs without {@code +} or separators are not taken (they
 * are far more often ids), nor are dates, times, prices, version numbers, numbers glued to letters
 * or to other numbers, or anything inside a URL (status ids). Card numbers are left to
 * {@link CardDetector}, which wins any overlap.
 */
public final class PhoneDetector implements PiiDetector {
    private static final String SEP = "[ .\\-\\u00A0]";
    /** Not preceded by a letter, digit or a character that would make this the tail of another number. */
    private static final String FREE_START = "(?<![" + Scripts.SPACED_LETTER + "\\p{N}_+.,/\\-])";
    /** A leading '+' is a strong signal, so only a letter, digit or '+' just before it disqualifies ("Tel.+49 …"). */
    private static final String FREE_PLUS = "(?<![" + Scripts.SPACED_LETTER + "\\p{N}_+])";
    /** Not followed by a letter or digit, nor by punctuation that continues a number. */
    private static final String FREE_END = "(?![" + Scripts.SPACED_LETTER + "\\p{N}_]|[.,\\-/:]\\d)";

    /*
     * Each digit group is taken whole (possessive) and groups must be separated, so there is exactly
     * one way to match a run and no backtracking blow-up on long digit strings.
     */
    private static final Pattern INTERNATIONAL = Pattern.compile("(?:" + FREE_PLUS + "\\+|" + FREE_START + "00)\\d++"
            + "(?:" + SEP + "?\\(\\d{1,5}+\\)|(?:" + SEP + "|(?<=\\)))\\d++){0,7}+" + FREE_END);
    private static final Pattern NORTH_AMERICAN = Pattern.compile(FREE_START + "(?:1" + SEP + ")?"
            + "(?:\\(\\d{3}\\)" + SEP + "?|\\d{3}" + SEP + ")\\d{3}" + SEP + "\\d{4}" + FREE_END);
    private static final Pattern NATIONAL = Pattern.compile(FREE_START + "(?:\\(0\\d{1,4}+\\)|0\\d{1,4}+)"
            + "(?:[ .\\-/\\u00A0]\\d++){1,6}+" + FREE_END);

    /** Day-month-year and year-month-day dates, which look like short dotted/dashed numbers. */
    private static final Pattern DATE = Pattern.compile("\\d{1,4}[./\\-]\\d{1,2}[./\\-]\\d{1,4}");

    @Override
    public List<PiiMatch> find(CharSequence text) {
        List<int[]> urls = UrlSpans.find(text);
        List<PiiMatch> out = new ArrayList<>();
        collect(INTERNATIONAL, text, urls, out);
        collect(NORTH_AMERICAN, text, urls, out);
        collect(NATIONAL, text, urls, out);
        return CompositeDetector.resolve(out);
    }

    private static void collect(Pattern p, CharSequence text, List<int[]> urls, List<PiiMatch> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            String found = m.group();
            if (plausible(found) && !UrlSpans.inside(urls, m.start(), m.end())) {
                out.add(new PiiMatch(PiiType.PHONE, m.start(), m.end()));
            }
        }
    }

    /** 8–15 significant digits (the E.164 maximum) and not a date. */
    static boolean plausible(String s) {
        int digits = 0;
        for (int k = 0; k < s.length(); k++) {
            if (DigitGroups.isDigit(s.charAt(k))) {
                digits++;
            }
        }
        if (s.startsWith("00")) {
            digits -= 2; // international call prefix, not part of the number
        }
        return digits >= 8 && digits <= 15 && !DATE.matcher(s).matches();
    }
}
