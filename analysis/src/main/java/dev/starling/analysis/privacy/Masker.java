package dev.starling.analysis.privacy;

import java.util.function.IntPredicate;

/**
 * {@link PrivacyPolicy.Mode#MASK}: hides most of a value but keeps its shape and the part people
 * use to recognise their own data (first letters, country code, last four digits), as receipts do:
 * {@code j***@e******.com}, {@code **** **** **** 1234}, {@code +44 ** **** 0958}.
 */
final class Masker {
    private static final char STAR = '*';

    private Masker() {
    }

    static String mask(PiiType type, String v) {
        return switch (type) {
            case EMAIL -> email(v);
            case CARD -> keepLast(v, 4, 0, Masker::isDigit);
            case PHONE -> keepLast(v, 4, countryCodeEnd(v), Masker::isDigit);
            case IBAN -> keepLast(v, 4, 2, Character::isLetterOrDigit);
            case IP -> keepLast(v, 0, firstGroupEnd(v), c -> Character.digit(c, 16) >= 0);
            case URL_SECRET -> String.valueOf(STAR).repeat(v.codePointCount(0, v.length()));
            case HANDLE -> handle(v);
            case AUTHOR_ID -> keepLast(v, v.length() > 4 ? 2 : 0, 0, c -> true);
        };
    }

    /** First character of the local part and of the domain, then the top-level domain. */
    private static String email(String v) {
        int at = v.lastIndexOf('@');
        int dot = v.lastIndexOf('.');
        if (at <= 0 || dot < at) {
            return keepLast(v, 0, 1, c -> c != '@');
        }
        return keepFirst(v.substring(0, at)) + "@" + keepFirst(v.substring(at + 1, dot)) + v.substring(dot);
    }

    /** {@code @Some_User99 → @S*********}, {@code u/jordan → u/j*****}; a fediverse instance is kept, it names a server not a person. */
    private static String handle(String v) {
        int lead = HandleDetector.prefixLength(v);
        int instance = v.indexOf('@', lead);
        int end = instance > 0 ? instance : v.length();
        return v.substring(0, lead) + keepFirst(v.substring(lead, end)) + v.substring(end);
    }

    private static String keepFirst(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = Character.charCount(s.codePointAt(0));
        return s.substring(0, first) + String.valueOf(STAR).repeat(s.codePointCount(first, s.length()));
    }

    /**
     * Replaces every character accepted by {@code masked} with '*', except those before {@code keepFrom}
     * and the last {@code keepLast} accepted ones; separators are kept.
     */
    private static String keepLast(String v, int keepLast, int keepFrom, IntPredicate masked) {
        int total = (int) v.codePoints().skip(v.codePointCount(0, keepFrom)).filter(masked).count();
        StringBuilder sb = new StringBuilder(v.length()).append(v, 0, keepFrom);
        int seen = 0;
        for (int k = keepFrom; k < v.length(); ) {
            int cp = v.codePointAt(k);
            if (masked.test(cp)) {
                seen++;
                if (seen > total - keepLast) {
                    sb.appendCodePoint(cp);
                } else {
                    sb.append(STAR);
                }
            } else {
                sb.appendCodePoint(cp);
            }
            k += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** End of a leading "+44" / "0044" when a separator follows it, else 0 (nothing kept up front). */
    private static int countryCodeEnd(String v) {
        if (!v.startsWith("+") && !v.startsWith("00")) {
            return 0;
        }
        int k = v.startsWith("+") ? 1 : 0;
        while (k < v.length() && isDigit(v.charAt(k))) {
            k++;
        }
        return k < v.length() ? k : 0;
    }

    /** End of the first IPv4 octet or IPv6 group. */
    private static int firstGroupEnd(String v) {
        int k = 0;
        while (k < v.length() && v.charAt(k) != '.' && v.charAt(k) != ':') {
            k++;
        }
        return k;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
