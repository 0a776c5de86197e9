package dev.starling.app.trends;

import dev.starling.analysis.trends.Alert;
import dev.starling.analysis.trends.PostDigest;
import dev.starling.analysis.trends.SeriesKey;
import dev.starling.app.report.Html;
import dev.starling.app.report.ReportSection;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The alerts, strongest first, each with the terms, posts and authors that drove it. */
final class AlertsSection implements ReportSection {
    static final int SHOWN = 15;
    private final List<Alert> alerts;
    private final List<String> summaries;

    AlertsSection(List<Alert> alerts) {
        this(alerts, List.of());
    }

    /** @param summaries one LLM sentence per alert, in alert order (empty: no summary column) */
    AlertsSection(List<Alert> alerts, List<String> summaries) {
        this.alerts = alerts.stream().limit(SHOWN).toList();
        this.summaries = List.copyOf(summaries);
    }

    @Override
    public String id() {
        return "trend-alerts";
    }

    @Override
    public String title() {
        return "Spike alerts";
    }

    @Override
    public boolean wide() {
        return true;
    }

    @Override
    public String html() {
        if (alerts.isEmpty()) {
            return Html.noData("no hashtag or term rose far above its usual level for that weekday");
        }
        Html.Table t = summaries.isEmpty() ? plainTable() : summaryTable();
        String llm = summaries.isEmpty() ? "" : " Summaries are one sentence written by the LLM given with --llm from the "
                + "alert's privacy-protected sample posts: check them against the posts.";
        return Html.paragraph("Rule: expected = median of the same weekday in up to 4 weeks before and after; "
                + "z = (posts − expected) / max(1.4826·MAD, √expected); alert when z ≥ 3.5 and at least 3 posts above expected. "
                + "Drivers, posts and authors come from the peak day's posts carrying the series; "
                + "words of the same story are folded into its strongest series (also rose), consecutive alert days into one row." + llm) + t.html();
    }

    private Html.Table plainTable() {
        Html.Table t = new Html.Table("peak day", "series", "posts (expected, z)", "driven by", "also rose", "top authors", "top post");
        for (Alert a : alerts) {
            t.row(when(a), a.key().label(), strength(a), drivers(a), also(a), authors(a), topPost(a));
        }
        return t;
    }

    private Html.Table summaryTable() {
        Html.Table t = new Html.Table("peak day", "series", "posts (expected, z)", "summary", "driven by", "also rose",
                "top authors", "top post");
        for (int k = 0; k < alerts.size(); k++) {
            Alert a = alerts.get(k);
            t.row(when(a), a.key().label(), strength(a), k < summaries.size() ? summaries.get(k) : "", drivers(a), also(a),
                    authors(a), topPost(a));
        }
        return t;
    }

    /** The peak day with its weekday, and the episode when the series alerted on several days running. */
    static String when(Alert a) {
        String peak = a.date() + " (" + a.date().getDayOfWeek().toString().substring(0, 3).toLowerCase(Locale.ROOT) + ")";
        return a.alertDays() == 1 ? peak : peak + "; " + a.alertDays() + " alert days " + a.from() + " to " + a.until();
    }

    static String strength(Alert a) {
        return String.format(Locale.ROOT, "%d (%.1f, z %.1f)", a.count(), a.expected(), a.z());
    }

    static String drivers(Alert a) {
        return a.drivers().stream().limit(5).map(d -> d.key().label() + " " + d.count() + " vs " + Math.round(d.expected()))
                .collect(Collectors.joining(", "));
    }

    static String also(Alert a) {
        return a.alsoBurst().stream().limit(8).map(SeriesKey::label).collect(Collectors.joining(", "));
    }

    static String authors(Alert a) {
        return a.authors().stream().limit(3).map(s -> s.author() + " (" + s.posts() + ")").collect(Collectors.joining(", "));
    }

    static String topPost(Alert a) {
        if (a.posts().isEmpty()) {
            return "";
        }
        PostDigest p = a.posts().get(0);
        return "“" + p.snippet() + "” — " + p.author() + ", " + p.platform() + ", engagement " + p.engagement();
    }
}
