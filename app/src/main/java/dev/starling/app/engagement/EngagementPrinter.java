package dev.starling.app.engagement;

import dev.starling.analysis.engagement.ActivityPatterns;
import dev.starling.analysis.engagement.EngagementAnalysis;
import dev.starling.analysis.engagement.EngagementEvaluation;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

/** The plain-text output of {@code engagement}: patterns, best times and the evaluation table. */
final class EngagementPrinter {
    private EngagementPrinter() {
    }

    static void patterns(PrintStream out, ActivityPatterns p, int top) {
        ActivityPatterns.Grid all = p.overall();
        out.printf(Locale.ROOT, "activity (%s): %,d posts by %,d authors%n", p.zone(), all.total(), p.authors());
        long[][] grid = all.posts();
        StringBuilder days = new StringBuilder("  posts by day: ");
        long[] byHour = new long[24];
        for (int d = 0; d < 7; d++) {
            long sum = 0;
            for (int h = 0; h < 24; h++) {
                sum += grid[d][h];
                byHour[h] += grid[d][h];
            }
            days.append(String.format(Locale.ROOT, " %s %d", day(DayOfWeek.of(d + 1)), sum));
        }
        out.println(days);
        StringBuilder hours = new StringBuilder("  posts by hour:");
        for (int h = 0; h < 24; h++) {
            hours.append(String.format(Locale.ROOT, " %02d:%d", h, byHour[h]));
        }
        out.println(hours);
        out.println("best time to post, overall: " + describe(all.best(), p.zone()));
        if (top > 0 && !p.topAuthors(top).isEmpty()) {
            out.println("most active authors (pseudonymised):");
            for (Map.Entry<String, ActivityPatterns.Grid> e : p.topAuthors(top)) {
                out.printf(Locale.ROOT, "  %-22s %5d posts  best: %s%n", e.getKey(), e.getValue().total(),
                        describe(e.getValue().best(), p.zone()));
            }
        }
    }

    static void corpus(PrintStream out, EngagementAnalysis.Result r) {
        if (r.evaluation().isEmpty()) {
            out.println("engagement model: not trained (" + r.note() + ")");
            return;
        }
        evaluation(out, r.evaluation().get(), "this corpus");
    }

    static void evaluation(PrintStream out, EngagementEvaluation.Result r, String what) {
        out.printf(Locale.ROOT, "engagement evaluation on %s: trained on %,d posts before %s, tested on the %,d after (lambda %s)%n",
                what, r.train(), r.cutoff(), r.test(), trim(r.lambda()));
        out.print(r.markdown());
    }

    /** "Tue 18:00-19:00 UTC: 1.52x the author's usual engagement (34 posts at that hour; Tue 1.10x, 100 posts)". */
    static String describe(ActivityPatterns.BestTime b, ZoneId zone) {
        String slot = String.format(Locale.ROOT, "%s %02d:00-%02d:00 %s", day(b.day()), b.hour(), (b.hour() + 1) % 24, zone);
        if (!b.fromEngagement()) {
            return slot + ": the busiest day and hour (no engagement counts to compare)";
        }
        return String.format(Locale.ROOT, "%s: %.2fx the author's usual engagement at that hour (%d posts), %.2fx on that day (%d posts)%s",
                slot, Math.exp(b.hourLift()), b.hourPosts(), Math.exp(b.dayLift()), b.dayPosts(),
                b.hourLift() > 0 ? "" : "; no hour beats the usual level, this one loses least");
    }

    static String day(DayOfWeek d) {
        return d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
