package dev.starling.analysis.readers.json;

import dev.starling.analysis.readers.io.CharInput;

import java.io.IOException;

/** JSON Lines or one (or more) JSON documents, decided by looking at the first line. */
public enum JsonLayout {
    /** One value per line: each line is parsed alone, so a broken line costs only itself. */
    LINES,
    /** Documents spread over lines or minified onto one huge line: streamed with {@link JsonScanner}. */
    DOCUMENT;

    /** Characters looked at to decide. */
    static final int LOOK_AHEAD = 1 << 16;

    /**
     * Looks ahead (without consuming): if the first value closes before the first line break, the
     * input is JSON Lines; if a line break comes first, or the first line is longer than the
     * look-ahead, it is a document (a long first line is read as a stream, never as one string).
     */
    public static JsonLayout detect(CharInput in) throws IOException {
        in.ensure(LOOK_AHEAD + 1); // one more tells whether the input goes on
        int n = Math.min(in.available(), LOOK_AHEAD);
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int k = 0; k < n; k++) {
            char c = in.charAt(k);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '\n') {
                if (depth > 0) {
                    return DOCUMENT;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return LINES;
            }
        }
        return in.available() > LOOK_AHEAD ? DOCUMENT : LINES;
    }
}
