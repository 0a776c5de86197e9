package dev.starling.analysis.sample;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 parser for the tests: CRLF between records, quoted fields may hold commas, quotes, LF. */
final class Csv {
    /** A record and the 1-based physical line it starts on. */
    record Row(int line, List<String> fields) {
    }

    private Csv() {
    }

    static List<Row> parse(String s) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int start = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' && field.isEmpty()) {
                int[] cursor = {i, line};
                quoted(s, cursor, field, start);
                i = cursor[0];
                line = cursor[1];
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r') {
                if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                    throw new AssertionError("CR without LF on line " + line);
                }
                fields.add(field.toString());
                field.setLength(0);
                rows.add(new Row(start, List.copyOf(fields)));
                fields.clear();
                i += 2;
                start = ++line;
            } else if (c == '\n') {
                throw new AssertionError("bare LF outside quotes on line " + line + " (records end with CRLF)");
            } else {
                field.append(c);
                i++;
            }
        }
        if (!fields.isEmpty() || !field.isEmpty()) {
            throw new AssertionError("the last record does not end with CRLF");
        }
        return rows;
    }

    /** Reads a quoted field from {@code cursor = {index of the opening quote, line}}, advancing the cursor. */
    private static void quoted(String s, int[] cursor, StringBuilder field, int start) {
        int i = cursor[0] + 1;
        while (true) {
            if (i >= s.length()) {
                throw new AssertionError("unterminated quoted field starting on line " + start);
            }
            char q = s.charAt(i++);
            if (q == '"' && i < s.length() && s.charAt(i) == '"') {
                field.append('"');
                i++;
            } else if (q == '"') {
                break;
            } else {
                cursor[1] += q == '\n' ? 1 : 0;
                field.append(q);
            }
        }
        if (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '\r') {
            throw new AssertionError("text after a closing quote on line " + cursor[1]);
        }
        cursor[0] = i;
    }
}
