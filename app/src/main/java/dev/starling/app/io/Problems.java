package dev.starling.app.io;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects per-record problems during a run and reports them on stderr at the end: counts per
 * kind and the first few line numbers, so one bad line is visible and a million bad lines do
 * not flood the terminal.
 */
public final class Problems {
    private static final int SHOWN = 10;
    private final List<Long> invalidUtf8 = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private long invalidUtf8Count;
    private long skippedCount;
    private final List<String> notes = new ArrayList<>();

    public void invalidUtf8(long line) {
        if (invalidUtf8Count++ < SHOWN) {
            invalidUtf8.add(line);
        }
    }

    public void skipped(long line, String why) {
        if (skippedCount++ < SHOWN) {
            skipped.add("line " + line + ": " + why);
        }
    }

    public void note(String text) {
        if (notes.size() < SHOWN) {
            notes.add(text);
        }
    }

    public long skippedCount() {
        return skippedCount;
    }

    public void report(PrintStream err, String command) {
        if (invalidUtf8Count > 0) {
            err.println("starling " + command + ": warning: " + invalidUtf8Count
                    + " line(s) held invalid UTF-8; bad bytes were replaced by U+FFFD (lines " + list(invalidUtf8, invalidUtf8Count) + ")");
        }
        for (String n : notes) {
            err.println("starling " + command + ": note: " + n);
        }
        if (skippedCount > 0) {
            err.println("starling " + command + ": " + skippedCount + " record(s) skipped; their output lines carry an \"error\" field:");
            for (String s : skipped) {
                err.println("  " + s);
            }
            if (skippedCount > SHOWN) {
                err.println("  … and " + (skippedCount - SHOWN) + " more");
            }
        }
    }

    private static String list(List<Long> lines, long total) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(lines.get(i));
        }
        if (total > lines.size()) {
            sb.append(", …");
        }
        return sb.toString();
    }
}
