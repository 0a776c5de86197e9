package dev.starling.app.engagement;

import dev.starling.analysis.engagement.ActivityPatterns;
import dev.starling.app.report.ChartSpec;
import dev.starling.app.report.Html;
import dev.starling.app.report.ReportSection;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Posts per hour of day × day of week as a heat map, with the best time to post overall and per active author. */
final class ActivitySection implements ReportSection {
    static final int AUTHORS = 10;
    private final ActivityPatterns patterns;

    ActivitySection(ActivityPatterns patterns) {
        this.patterns = patterns;
    }

    @Override
    public String id() {
        return "engagement-activity";
    }

    @Override
    public String title() {
        return "Activity by hour and weekday (" + patterns.zone() + ")";
    }

    @Override
    public boolean wide() {
        return true;
    }

    @Override
    public String html() {
        if (patterns.overall().total() == 0) {
            return Html.noData("no post has a time");
        }
        StringBuilder sb = new StringBuilder(Html.paragraph("Best time to post overall: "
                + EngagementPrinter.describe(patterns.overall().best(), patterns.zone())
                + ". Lift is a post's log engagement over its author's recent level, averaged per hour and per day and "
                + "shrunk towards zero for hours with few posts."));
        Html.Table t = new Html.Table("author", "posts", "best time to post");
        for (Map.Entry<String, ActivityPatterns.Grid> e : patterns.topAuthors(AUTHORS)) {
            t.row(e.getKey(), e.getValue().total(), EngagementPrinter.describe(e.getValue().best(), patterns.zone()));
        }
        return sb.append(t.html()).toString();
    }

    @Override
    public Optional<ChartSpec> chart() {
        if (patterns.overall().total() == 0) {
            return Optional.empty();
        }
        long[][] grid = patterns.overall().posts();
        List<Object> cells = new ArrayList<>();
        long max = 1;
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                cells.add(List.of(h, d, grid[d][h]));
                max = Math.max(max, grid[d][h]);
            }
        }
        List<String> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(String.format("%02d", h));
        }
        List<String> days = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            days.add(EngagementPrinter.day(d));
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("animation", false);
        o.put("tooltip", ChartMaps.map("position", "top"));
        o.put("grid", ChartMaps.map("left", 24, "right", 24, "top", 16, "bottom", 64, "containLabel", true));
        o.put("xAxis", ChartMaps.map("type", "category", "data", hours, "splitArea", ChartMaps.map("show", true)));
        o.put("yAxis", ChartMaps.map("type", "category", "data", days, "inverse", true, "splitArea", ChartMaps.map("show", true)));
        o.put("visualMap", ChartMaps.map("min", 0, "max", max, "calculable", true, "orient", "horizontal", "left", "center", "bottom", 0,
                "inRange", ChartMaps.map("color", List.of("#f4f7fb", "#4a7fc1"))));
        o.put("series", List.of(ChartMaps.map("name", "posts", "type", "heatmap", "data", cells)));
        return Optional.of(new ChartSpec(o, 300));
    }
}
