package dev.starling.analysis.privacy;

import java.util.ArrayList;
import java.util.List;

/** Scans runs of ASCII digit groups joined by single separator characters ("4111 1111", "0049-30-1"). */
final class DigitGroups {
    private DigitGroups() {
    }

    /**
     * The digit groups starting at {@code from} (which must be a digit), as {@code [start, end)}
     * pairs. Groups are joined by exactly one separator from {@code separators}, and the first
     * separator used fixes the separator for the rest, so "4111 1111-1111" stops after "1111".
     */
    static List<int[]> scan(CharSequence text, int from, String separators) {
        List<int[]> groups = new ArrayList<>();
        int n = text.length();
        int i = from;
        char sep = 0;
        while (true) {
            int start = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            groups.add(new int[]{start, i});
            if (i + 1 >= n || !isDigit(text.charAt(i + 1))) {
                return groups;
            }
            char c = text.charAt(i);
            if (separators.indexOf(c) < 0 || (sep != 0 && c != sep)) {
                return groups;
            }
            sep = c;
            i++;
        }
    }

    /** The digits of the given groups, concatenated. */
    static String digits(CharSequence text, List<int[]> groups) {
        StringBuilder sb = new StringBuilder();
        for (int[] g : groups) {
            sb.append(text, g[0], g[1]);
        }
        return sb.toString();
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
