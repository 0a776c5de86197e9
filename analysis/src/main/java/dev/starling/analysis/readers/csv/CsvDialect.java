package dev.starling.analysis.readers.csv;

import java.util.ArrayList;
import java.util.List;

/** Sniffing the delimiter and splitting a single header line, outside quotes. */
final class CsvDialect {
    private static final char[] CANDIDATES = {',', '\t', ';'};

    private CsvDialect() {
    }

    /** The candidate occurring most often outside quotes; comma when none occurs (a one-column file). */
    static char delimiter(String line) {
        char best = ',';
        int bestCount = 0;
        for (char d : CANDIDATES) {
            int n = count(line, d);
            if (n > bestCount) {
                best = d;
                bestCount = n;
            }
        }
        return best;
    }

    /** Occurrences of {@code d} outside double quotes. */
    static int count(String line, char d) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                n++;
            }
        }
        return n;
    }

    /** The fields of one line (enough for a header; rows go through {@link CsvParser}). */
    static List<String> split(String line, char d) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }
}
