package dev.starling.app.cli;

import dev.starling.engine.train.TrainingListener;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/** Training progress on stderr: a bar with loss and tokens/s, a line per epoch, notes. */
final class TrainingProgress implements TrainingListener {
    private final PrintStream err;
    private final String label;
    private final boolean terminal;
    private long lastDraw;

    TrainingProgress(PrintStream err, String label, boolean terminal) {
        this.err = err;
        this.label = label;
        this.terminal = terminal;
    }

    @Override
    public void step(long step, long total, double loss, double tokensPerSecond) {
        long now = System.nanoTime();
        if (now - lastDraw < (terminal ? 250_000_000L : 10_000_000_000L) && step != total) {
            return;
        }
        lastDraw = now;
        double f = (double) step / Math.max(1, total);
        int filled = (int) Math.round(f * 30);
        String text = String.format(Locale.ROOT, "%s [%s%s] %3.0f%% step %d/%d loss %.4f %.0f tokens/s",
                label, "#".repeat(filled), "-".repeat(30 - filled), f * 100, step, total, loss, tokensPerSecond);
        if (terminal) {
            err.print("\r" + text + "\u001b[K");
        } else {
            err.println(text);
        }
    }

    @Override
    public void epoch(int epoch, double meanTrainLoss, double validationScore, boolean best) {
        if (terminal) {
            err.println();
        }
        err.printf(Locale.ROOT, "%s: epoch %d, train loss %.4f, validation %.4f%s%n", label, epoch, meanTrainLoss,
                validationScore, best ? " (best so far)" : "");
    }

    @Override
    public void checkpoint(Path dir) {
    }

    @Override
    public void note(String message) {
        if (terminal) {
            err.println();
        }
        err.println(label + ": " + message);
    }
}
