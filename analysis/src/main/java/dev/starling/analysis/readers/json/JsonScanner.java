package dev.starling.analysis.readers.json;

import dev.starling.analysis.readers.Location;
import dev.starling.analysis.readers.io.CharInput;
import dev.starling.engine.json.Json;

import java.io.IOException;

/**
 * A minimal pull tokeniser over a {@link CharInput}: it knows strings, escapes and nesting depth, and
 * nothing else, so it can skip or cut out a value of any size without parsing it. Values cut out are
 * validated later by the real parser; this class only has to find where they end.
 */
final class JsonScanner {
    /** Characters that matter inside a value (brackets and quotes) and inside a string. */
    private static final boolean[] CONTAINER_STOPS = stops("{}[]\"");
    private static final boolean[] STRING_STOPS = stops("\"\\");
    private final CharInput in;
    private final long lineBase;

    /** @param lineBase added to line numbers, for text cut out of a larger input */
    JsonScanner(CharInput in, long lineBase) {
        this.in = in;
        this.lineBase = lineBase;
    }

    /** The line of the next character in the original input. */
    long line() {
        return in.line() + lineBase;
    }

    /** Skips white space; returns the next character without consuming it, or -1 at the end. */
    int skipWhitespace() throws IOException {
        int c = in.peek();
        while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            in.read();
            c = in.peek();
        }
        return c;
    }

    int read() throws IOException {
        return in.read();
    }

    void expect(char expected) throws IOException {
        int c = skipWhitespace();
        if (c != expected) {
            throw error("expected '" + expected + "' but found " + describe(c));
        }
        in.read();
    }

    /** Reads an object key (a JSON string), unescaped. */
    String readKey() throws IOException {
        if (skipWhitespace() != '"') {
            throw error("expected a string key but found " + describe(in.peek()));
        }
        StringBuilder sb = new StringBuilder();
        scanString(sb);
        return sb.indexOf("\\") < 0 ? sb.substring(1, sb.length() - 1) : (String) Json.parse(sb.toString());
    }

    /** Skips one value of any kind and size. */
    void skipValue() throws IOException {
        scanValue(null);
    }

    /** Appends the raw text of one value to {@code sb}. */
    void captureValue(StringBuilder sb) throws IOException {
        scanValue(sb);
    }

    /**
     * Whether the object or array starting here closes within {@code maxChars} characters; looks
     * ahead without consuming (the look-ahead is buffered, so it costs up to {@code maxChars} of memory).
     */
    boolean valueFitsIn(int maxChars) throws IOException {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int k = 0; k < maxChars; k++) {
            if (k >= in.available()) {
                in.ensure(Math.min(maxChars, Math.max(2 * k, 1 << 16))); // grow the look-ahead geometrically
                if (k >= in.available()) {
                    return false;
                }
            }
            char c = in.charAt(k);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return true;
            }
        }
        return false;
    }

    /** Skips spaces and tabs (not line breaks); returns the next character without consuming it. */
    int skipSpaces() throws IOException {
        int c = in.peek();
        while (c == ' ' || c == '\t' || c == '\r') {
            in.read();
            c = in.peek();
        }
        return c;
    }

    /** Consumes the rest of the current line, including its terminator. */
    void skipLine() throws IOException {
        int c;
        do {
            c = in.read();
        } while (c >= 0 && c != '\n');
    }

    private void scanValue(StringBuilder sb) throws IOException {
        int c = skipWhitespace();
        if (c == '{' || c == '[') {
            scanContainer(sb);
        } else if (c == '"') {
            scanString(sb);
        } else {
            scanScalar(sb, c);
        }
    }

    private void scanContainer(StringBuilder sb) throws IOException {
        long start = line();
        int depth = 0;
        do {
            int c = in.copyUntil(CONTAINER_STOPS, sb);
            if (c < 0) {
                throw new JsonScanException("input ended inside a value that starts on line " + start,
                        Location.line(start));
            }
            in.read();
            if (sb != null) {
                sb.append((char) c);
            }
            if (c == '"') {
                scanStringBody(sb, start);
            } else if (c == '{' || c == '[') {
                depth++;
            } else {
                depth--;
            }
        } while (depth > 0);
    }

    private void scanString(StringBuilder sb) throws IOException {
        long start = line();
        in.read();
        if (sb != null) {
            sb.append('"');
        }
        scanStringBody(sb, start);
    }

    /** After the opening quote: up to and including the closing one. */
    private void scanStringBody(StringBuilder sb, long start) throws IOException {
        while (true) {
            int c = in.copyUntil(STRING_STOPS, sb);
            if (c < 0) {
                throw new JsonScanException("input ended inside a string (value starts on line " + start + ")",
                        Location.line(start));
            }
            in.read();
            if (sb != null) {
                sb.append((char) c);
            }
            if (c == '"') {
                return;
            }
            int escaped = in.read(); // after a backslash: taken as is, so \" does not end the string
            if (escaped >= 0 && sb != null) {
                sb.append((char) escaped);
            }
        }
    }

    private void scanScalar(StringBuilder sb, int first) throws IOException {
        if (first < 0 || ",:]}".indexOf(first) >= 0) {
            throw error("expected a value but found " + describe(first));
        }
        int c = first;
        while (c >= 0 && ",:]} \t\r\n".indexOf(c) < 0) {
            in.read();
            if (sb != null) {
                sb.append((char) c);
            }
            c = in.peek();
        }
    }

    private static boolean[] stops(String chars) {
        boolean[] t = new boolean[128];
        chars.chars().forEach(c -> t[c] = true);
        return t;
    }

    JsonScanException error(String message) {
        return new JsonScanException(message, Location.line(line()));
    }

    static String describe(int c) {
        return c < 0 ? "the end of the input" : "'" + (char) c + "'";
    }
}
