package dev.starling.app.analyze;

import dev.starling.app.report.InputSummary;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The summary table {@code analyze} prints on stdout. */
final class Summary {
    private final PrintStream out;

    Summary(PrintStream out) {
        this.out = out;
    }

    void print(ReportAggregator r, List<InputSummary.Source> sources, long skipped, double seconds, String store, Path dir) {
        out.println("Input");
        for (InputSummary.Source s : sources) {
            row(s.path(), s.records() + " posts (" + s.format() + ")");
        }
        row("skipped records", String.valueOf(skipped));
        out.println();
        out.println("Results");
        row("posts analysed", String.format(Locale.ROOT, "%d in %.1f s (%.0f posts/s)", r.posts(), seconds, r.posts() / Math.max(seconds, 1e-9)));
        for (Map.Entry<String, Map<String, Long>> e : r.labelCounts().entrySet()) {
            row(e.getKey(), distribution(e.getValue()));
        }
        long redacted = r.redactions().values().stream().mapToLong(Long::longValue).sum();
        row("personal data", redacted == 0 ? "none found" : r.redactions().toString().replaceAll("[{}]", ""));
        out.println();
        row("database", store);
        row("report", dir.resolve("report.html").toString());
        row("per-post results", dir.resolve("posts.jsonl").toString());
    }

    private void row(String name, String value) {
        out.printf(Locale.ROOT, "  %-22s %s%n", name, value);
    }

    private static String distribution(Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (!sb.isEmpty()) {
                sb.append("  ");
            }
            sb.append(String.format(Locale.ROOT, "%s %d (%.0f%%)", e.getKey(), e.getValue(), 100.0 * e.getValue() / Math.max(total, 1)));
        }
        return sb.toString();
    }
}
