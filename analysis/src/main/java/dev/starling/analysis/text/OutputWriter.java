package dev.starling.analysis.text;

/**
 * Builds the normalised text while collapsing whitespace: a requested space is written only
 * between two pieces, never at either end, and never twice. Writing through it keeps entity offsets
 * valid in the final text.
 */
final class OutputWriter {
    private final StringBuilder out = new StringBuilder();
    private boolean pendingSpace;

    /** Asks for a space before whatever is written next. */
    void space() {
        pendingSpace = true;
    }

    /** Whether a space was asked for and not yet written. */
    boolean spacePending() {
        return pendingSpace;
    }

    /** Writes {@code text} and returns where it starts. */
    int write(String text) {
        if (text.isEmpty()) {
            return out.length();
        }
        if (pendingSpace && !out.isEmpty()) {
            out.append(' ');
        }
        pendingSpace = false;
        int start = out.length();
        out.append(text);
        return start;
    }

    int length() {
        return out.length();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
