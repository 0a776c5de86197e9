package dev.starling.app.trends;

import dev.starling.analysis.trends.Alert;
import dev.starling.analysis.trends.SeriesKey;
import dev.starling.analysis.trends.TrendData;
import dev.starling.app.report.ChartSpec;
import dev.starling.app.report.Html;
import dev.starling.app.report.ReportSection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Daily posts of the series that alerted most (and the busiest hashtags), with each alert marked on
 * its series. All posts per day are drawn on a second axis as a grey line.
 */
final class TrendChartSection implements ReportSection {
    static final int LINES = 6;
    private final TrendData data;
    private final List<Alert> alerts;
    private final long spamLeftOut;

    TrendChartSection(TrendData data, List<Alert> alerts, long spamLeftOut) {
        this.data = data;
        this.alerts = alerts;
        this.spamLeftOut = spamLeftOut;
    }

    @Override
    public String id() {
        return "trends-over-time";
    }

    @Override
    public String title() {
        return "Trends and spikes";
    }

    @Override
    public boolean wide() {
        return true;
    }

    /** Alerted keys first (strongest first), then the busiest hashtags, {@link #LINES} at most. */
    List<SeriesKey> lines() {
        Set<SeriesKey> keys = new LinkedHashSet<>();
        alerts.forEach(a -> keys.add(a.key()));
        keys.addAll(data.top(SeriesKey.Kind.HASHTAG, LINES));
        return keys.stream().limit(LINES).toList();
    }

    @Override
    public Optional<ChartSpec> chart() {
        if (data.days() == 0) {
            return Optional.empty();
        }
        List<String> x = new ArrayList<>();
        for (int d = 0; d < data.days(); d++) {
            x.add(data.date(d).toString());
        }
        List<Object> series = new ArrayList<>();
        series.add(Options.map("name", "all posts", "type", "line", "yAxisIndex", 1, "showSymbol", false,
                "data", box(data.postsPerDay()), "lineStyle", Options.map("color", "#c5cad1", "width", 1),
                "itemStyle", Options.map("color", "#c5cad1")));
        for (SeriesKey k : lines()) {
            long[] c = data.counts(k);
            List<Object> marks = new ArrayList<>();
            for (Alert a : alerts) {
                if (a.key().equals(k)) {
                    marks.add(Options.map("coord", List.of(x.get(a.day()), c[a.day()]), "value", "▲"));
                }
            }
            series.add(Options.map("name", k.label(), "type", "line", "showSymbol", false, "data", box(c),
                    "markPoint", Options.map("symbol", "pin", "symbolSize", 38, "data", marks)));
        }
        Map<String, Object> o = Options.base();
        o.put("xAxis", Options.map("type", "category", "boundaryGap", false, "data", x));
        o.put("yAxis", List.of(Options.map("type", "value", "minInterval", 1, "name", "posts with key"),
                Options.map("type", "value", "minInterval", 1, "name", "all posts", "splitLine", Options.map("show", false))));
        o.put("series", series);
        return Optional.of(new ChartSpec(o, 360));
    }

    private static List<Long> box(long[] v) {
        List<Long> out = new ArrayList<>(v.length);
        for (long x : v) {
            out.add(x);
        }
        return out;
    }

    @Override
    public String html() {
        if (data.days() == 0) {
            return Html.noData("no dated post" + (spamLeftOut == 0 ? "" : "; " + spamLeftOut + " spam-flagged post(s) are left out"));
        }
        String s = "Posts per UTC day carrying each hashtag or term; pins mark alerts (a day far above the same weekday "
                + "in the other weeks, see the table below). The grey line (right axis) is all posts.";
        String spam = spamLeftOut == 0 ? "" : " " + spamLeftOut + " spam-flagged post(s) are left out.";
        String undated = data.undated() == 0 ? "" : " " + data.undated() + " post(s) without a date are left out.";
        return Html.paragraph(s + spam + undated);
    }
}
