package dev.starling.app.io;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress on stderr for long work. On a terminal: a bar redrawn in place. Otherwise (a log
 * file, CI): a plain line every few seconds. Nothing is shown for work that finishes within
 * the first second, so short runs stay quiet.
 */
public final class Progress {
    private static final long QUIET_NANOS = 1_000_000_000L;
    private final PrintStream err;
    private final String label;
    private final long total;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;
    private long lastDone = -1;

    /** @param total units of work, or a negative number when unknown */
    public Progress(PrintStream err, String label, long total, boolean terminal) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.terminal = terminal;
    }

    /** Whether stderr is a terminal, as told by the launcher (STARLING_TTY=1). */
    public static boolean stderrIsTerminal() {
        return "1".equals(System.getenv("STARLING_TTY"));
    }

    public synchronized void update(long done) {
        long now = System.nanoTime();
        long interval = terminal ? 200_000_000L : 5_000_000_000L;
        if (now - start < QUIET_NANOS || now - lastDraw < interval) {
            return;
        }
        lastDraw = now;
        draw(done, now);
    }

    private void draw(long done, long now) {
        lastDone = done;
        double secs = (now - start) / 1e9;
        double rate = done / Math.max(secs, 1e-9);
        String counts = total >= 0 ? done + "/" + total : Long.toString(done);
        String text;
        if (total > 0) {
            double f = Math.min(1.0, (double) done / total);
            int width = 30;
            int filled = (int) Math.round(f * width);
            String bar = "#".repeat(filled) + "-".repeat(width - filled);
            long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
            text = String.format(Locale.ROOT, "%s [%s] %3.0f%% %s posts, %.0f posts/s, eta %ds", label, bar, f * 100, counts, rate, eta);
        } else {
            text = String.format(Locale.ROOT, "%s %s posts, %.0f posts/s", label, counts, rate);
        }
        if (terminal) {
            err.print("\r" + text + "\u001b[K");
        } else {
            err.println(text);
        }
        err.flush();
        drawn = true;
    }

    /** Ends the bar: the final state (and a newline on terminals), when anything was shown. */
    public synchronized void finish(long done) {
        if (drawn) {
            if (done != lastDone || terminal) {
                draw(done, System.nanoTime());
            }
            if (terminal) {
                err.println();
            }
        }
    }
}
