package dev.starling.analysis.readers.fields;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The one timestamp shape that dominates large inputs, {@code yyyy-MM-dd[T ]HH:mm:ss[.f…][Z|±hh[:]mm]},
 * parsed by hand: about ten times faster than a {@link java.time.format.DateTimeFormatter} with
 * optional sections, which matters at millions of posts. Anything else returns null and goes to the
 * general parser.
 */
final class IsoFastPath {
    private IsoFastPath() {
    }

    static Instant parse(String s) {
        int n = s.length();
        if (n < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != ' ')
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        if ((year | month | day | hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        int i = 19;
        long nanos = 0;
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && Character.isDigit(s.charAt(i))) {
                nanos = nanos * 10 + (s.charAt(i++) - '0');
            }
            if (i == start) {
                return null;
            }
            for (int k = i - start; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offset = offsetSeconds(s, i);
        if (offset == Integer.MIN_VALUE) {
            return null;
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400 + hour * 3600L + minute * 60L + second - offset, nanos);
        } catch (DateTimeException e) { // 2018-02-30 and the like: let the general parser say it
            return null;
        }
    }

    /** The offset in seconds from position {@code i} to the end; none means UTC; MIN_VALUE if malformed. */
    private static int offsetSeconds(String s, int i) {
        int n = s.length();
        if (i == n) {
            return 0;
        }
        if (s.charAt(i) == 'Z' && i + 1 == n) {
            return 0;
        }
        char sign = s.charAt(i);
        boolean colon = n - i == 6 && s.charAt(i + 3) == ':';
        if ((sign != '+' && sign != '-') || (n - i != 5 && !colon)) {
            return Integer.MIN_VALUE;
        }
        int hh = digits(s, i + 1, i + 3);
        int mm = digits(s, colon ? i + 4 : i + 3, n);
        if (hh < 0 || mm < 0 || hh > 18 || mm > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = hh * 3600 + mm * 60;
        return sign == '-' ? -seconds : seconds;
    }

    /** The decimal value of s[from, to), or -1 if any character is not a digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
