package dev.starling.analysis.readers.io;

import java.nio.charset.StandardCharsets;

/** The first few kilobytes of an input as text, with the small questions format sniffers ask of it. */
public final class Head {
    private final String text;

    /** Decodes {@code head} as UTF-8 (a sequence cut at the end becomes U+FFFD, which is harmless here). */
    public Head(byte[] head) {
        String s = new String(head, StandardCharsets.UTF_8);
        this.text = s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    public String text() {
        return text;
    }

    /** The first character that is not white space, or -1 when there is none. */
    public int firstChar() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return -1;
    }

    /** Whether the content starts (after white space) like JSON: an object or an array. */
    public boolean looksLikeJson() {
        int c = firstChar();
        return c == '{' || c == '[';
    }

    /** The first line without its terminator. */
    public String firstLine() {
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    public boolean contains(String s) {
        return text.contains(s);
    }

    /** Whether any of the strings occurs. */
    public boolean containsAny(String... strings) {
        for (String s : strings) {
            if (text.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
