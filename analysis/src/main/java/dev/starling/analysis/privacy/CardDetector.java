package dev.starling.analysis.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * Payment card numbers: 13–19 digits, optionally grouped by single spaces or dashes, that pass the
 * Luhn check and start with a prefix (IIN) a card scheme actually issues. Both checks are needed: a
 * random 16-digit number passes Luhn one time in ten, and tweet ids and order numbers are common.
 *
 * <p>A digit run glued to letters or to other digit groups (hex hashes, longer numbers, decimals) is
 * not a card, nor is a URL path segment (a status id). When a card is followed by another group
 * ("4111 1111 1111 1111 2024") the longest valid leading run of groups is taken.
 */
public final class CardDetector implements PiiDetector {
    private static final int MIN_DIGITS = 13;
    private static final int MAX_DIGITS = 19;
    /** Space, dash, and the no-break spaces that word processors put into grouped numbers. */
    private static final String CARD_SEPARATORS = " -\u00A0\u202F";

    @Override
    public List<PiiMatch> find(CharSequence text) {
        List<PiiMatch> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(text.charAt(i)) || !startsFree(text, i)) {
                i++;
                continue;
            }
            List<int[]> groups = DigitGroups.scan(text, i, CARD_SEPARATORS);
            int end = groups.getLast()[1];
            PiiMatch m = endsFree(text, end) ? bestPrefix(text, groups) : null;
            if (m != null && !isUrlPathSegment(text, m)) {
                out.add(m);
            }
            i = end;
        }
        return out;
    }

    /** The longest run of leading groups that is a plausible, valid card number, or null. */
    private static PiiMatch bestPrefix(CharSequence text, List<int[]> groups) {
        int longest = 0;
        for (int digits = 0; longest < groups.size(); longest++) {
            digits += groups.get(longest)[1] - groups.get(longest)[0];
            if (digits > MAX_DIGITS) {
                break; // only the leading groups can form a card: stay linear on long digit runs
            }
        }
        for (int g = Math.max(longest, 1); g >= 1; g--) {
            List<int[]> prefix = groups.subList(0, g);
            String digits = DigitGroups.digits(text, prefix);
            if (digits.length() < MIN_DIGITS) {
                return null;
            }
            if (digits.length() <= MAX_DIGITS && plausibleGrouping(prefix)
                    && issuerPlausible(digits) && Checksums.luhn(digits)) {
                return new PiiMatch(PiiType.CARD, prefix.getFirst()[0], prefix.getLast()[1]);
            }
        }
        return null;
    }

    /** Either one unbroken run, or the 4-first groupings printed on cards (4-4-4-4, 4-6-5, 4-4-4-4-3). */
    private static boolean plausibleGrouping(List<int[]> groups) {
        if (groups.size() == 1) {
            return true;
        }
        if (groups.getFirst()[1] - groups.getFirst()[0] != 4) {
            return false;
        }
        for (int[] g : groups) {
            int len = g[1] - g[0];
            if (len < 3 || len > 6) {
                return false;
            }
        }
        return true;
    }

    /** Whether the number's prefix and length fit a card scheme (Visa, Mastercard, Amex, Discover, ...). */
    static boolean issuerPlausible(String d) {
        int len = d.length();
        int p1 = d.charAt(0) - '0';
        int p2 = Integer.parseInt(d, 0, 2, 10);
        int p3 = Integer.parseInt(d, 0, 3, 10);
        int p4 = Integer.parseInt(d, 0, 4, 10);
        boolean long16to19 = len >= 16;
        return switch (p1) {
            case 4 -> len == 13 || len == 16 || len == 19;                                 // Visa
            case 5 -> (p2 >= 51 && p2 <= 55 && len == 16)                                 // Mastercard
                    || ((p4 == 5018 || p4 == 5020 || p4 == 5038 || p4 == 5893) && len >= 13) // Maestro
                    || (p3 == 508 && len == 16);                                          // RuPay
            case 2 -> ((p4 >= 2221 && p4 <= 2720) && len == 16)                           // Mastercard 2-series
                    || (p4 >= 2200 && p4 <= 2204 && long16to19);                          // Mir
            case 3 -> ((p2 == 34 || p2 == 37) && len == 15)                               // Amex
                    || (p4 >= 3528 && p4 <= 3589 && long16to19)                           // JCB
                    || (((p3 >= 300 && p3 <= 305) || p4 == 3095 || p2 == 36 || p2 == 38 || p2 == 39)
                        && len >= 14);                                                     // Diners
            case 6 -> ((p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65                // Discover
                        || p2 == 62 || p2 == 60) && long16to19)                           // UnionPay, RuPay
                    || ((p4 == 6304 || p4 == 6759 || (p4 >= 6761 && p4 <= 6763)) && len >= 13); // Maestro
            default -> false;
        };
    }

    /**
     * A number that is a whole path segment of a URL ({@code …/status/4111…}) is an id: ids in URL
     * paths are everywhere and one in ten passes Luhn, while nobody puts a card number there. Card
     * numbers in query strings ({@code ?cc=4111…}) are still found.
     */
    private static boolean isUrlPathSegment(CharSequence text, PiiMatch m) {
        return m.start() > 0 && text.charAt(m.start() - 1) == '/'
                && UrlSpans.inside(UrlSpans.find(text), m.start(), m.end());
    }

    /** Not glued to a letter, and not the continuation of a number ("12-…", "3.14…", "1,5…"). */
    private static boolean startsFree(CharSequence text, int i) {
        if (i == 0) {
            return true;
        }
        char prev = text.charAt(i - 1);
        if (Scripts.glues(prev)) {
            return false;
        }
        return !(" -.,/\u00A0".indexOf(prev) >= 0 && i >= 2 && isDigit(text.charAt(i - 2)));
    }

    private static boolean endsFree(CharSequence text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char next = text.charAt(end);
        if (Scripts.glues(next)) {
            return false;
        }
        return !((next == '.' || next == ',') && end + 1 < text.length() && isDigit(text.charAt(end + 1)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
