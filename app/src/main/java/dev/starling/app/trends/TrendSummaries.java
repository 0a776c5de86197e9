package dev.starling.app.trends;

import dev.starling.analysis.llm.LlmSummaries;
import dev.starling.analysis.trends.Alert;
import dev.starling.analysis.trends.Alert.Driver;
import dev.starling.analysis.trends.PostDigest;
import dev.starling.engine.generate.TextGenerator;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One LLM sentence per alert ({@code --llm}): the series, its peak day, the driving terms and the
 * alert's sampled posts go into {@link LlmSummaries#trendSummary}. The posts are already protected and
 * the generator from {@code Llm.open} redacts the prompt again.
 */
final class TrendSummaries {
    private TrendSummaries() {
    }

    /** A summary for each of the first {@code max} alerts, in order; "" where the model gave nothing or failed. */
    static List<String> of(TextGenerator g, List<Alert> alerts, int max, PrintStream stderr) {
        List<String> out = new ArrayList<>();
        for (Alert a : alerts.subList(0, Math.min(max, alerts.size()))) {
            out.add(one(g, a, stderr));
        }
        return out;
    }

    private static String one(TextGenerator g, Alert a, PrintStream stderr) {
        List<String> drivers = a.drivers().stream().map(Driver::key).map(k -> k.label()).toList();
        List<String> posts = a.posts().stream().map(PostDigest::snippet).toList();
        try {
            return LlmSummaries.trendSummary(g, a.key().label(), "on " + a.date(), drivers, posts, "").strip();
        } catch (RuntimeException e) {
            stderr.println("starling trends: no summary for " + a.key().label() + " on " + a.date() + ": " + e.getMessage());
            return "";
        }
    }
}
