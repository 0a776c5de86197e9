package dev.starling.analysis.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds URLs in free text: with a scheme ({@code https://…}), starting with {@code www.}, or a bare
 * domain followed by a path ({@code example.com/reset?token=…}). Used to look for secrets inside
 * URLs and to keep the number detectors away from ids inside URLs.
 */
final class UrlSpans {
    /*
     * The look-behinds make every alternative start only at the beginning of a run, and the
     * possessive quantifiers stop backtracking into a run, so matching stays linear on hostile input
     * such as a 100k-character "a.a.a.a…".
     */
    private static final Pattern URL = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.+-])(?:(?:https?|ftp|wss?)://|www\\.)[^\\s<>\"\\u00A0]++"
                    + "|(?<![\\p{L}\\p{N}_.@/-])(?:[a-z0-9-]++\\.)++[a-z]{2,}+(?::\\d{1,5})?/[^\\s<>\"\\u00A0]*+",
            Pattern.CASE_INSENSITIVE);

    /** Trailing characters that close the sentence rather than the URL. */
    private static final String TRAILING = ".,;:!?'\"]}>*";

    private UrlSpans() {
    }

    /** The URLs in {@code text} as {@code [start, end)} pairs, in order. */
    static List<int[]> find(CharSequence text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int end = trimEnd(text, m.start(), m.end());
            if (end > m.start()) {
                out.add(new int[]{m.start(), end});
            }
        }
        return out;
    }

    /** Whether {@code [start, end)} lies inside one of {@code spans}. */
    static boolean inside(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (start >= s[0] && end <= s[1]) {
                return true;
            }
        }
        return false;
    }

    /** Drops trailing punctuation, and a closing parenthesis that has no opening one in the URL. */
    static int trimEnd(CharSequence text, int start, int end) {
        while (end > start) {
            char c = text.charAt(end - 1);
            if (TRAILING.indexOf(c) >= 0 || (c == ')' && !contains(text, start, end - 1, '('))) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean contains(CharSequence text, int start, int end, char c) {
        for (int k = start; k < end; k++) {
            if (text.charAt(k) == c) {
                return true;
            }
        }
        return false;
    }
}
