package dev.starling.app.trends;

import dev.starling.analysis.influence.SovTable;
import dev.starling.app.report.ChartSpec;
import dev.starling.app.report.Html;
import dev.starling.app.report.ReportSection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Share of voice per week as stacked areas (percent of tracked mentions), totals below. */
final class ShareOfVoiceSection implements ReportSection {
    private final SovTable table;

    ShareOfVoiceSection(SovTable table) {
        this.table = table;
    }

    @Override
    public String id() {
        return "share-of-voice";
    }

    @Override
    public String title() {
        return "Share of voice";
    }

    @Override
    public boolean wide() {
        return true;
    }

    private boolean empty() {
        return table.weeks().isEmpty() || table.counts().isEmpty()
                || table.counts().keySet().stream().allMatch(t -> table.total(t) == 0);
    }

    @Override
    public Optional<ChartSpec> chart() {
        if (empty()) {
            return Optional.empty();
        }
        List<String> x = table.weeks().stream().map(w -> "week of " + w).toList();
        List<Object> series = new ArrayList<>();
        for (String term : table.counts().keySet()) {
            List<Double> pct = new ArrayList<>();
            for (int w = 0; w < x.size(); w++) {
                pct.add(Math.round(1000 * table.share(term, w)) / 10.0);
            }
            series.add(Options.map("name", label(term), "type", "line", "stack", "share", "areaStyle", Options.map("opacity", 0.5),
                    "showSymbol", false, "data", pct, "emphasis", Options.map("focus", "series")));
        }
        Map<String, Object> o = Options.base();
        o.put("xAxis", Options.map("type", "category", "boundaryGap", false, "data", x));
        o.put("yAxis", Options.map("type", "value", "max", 100, "axisLabel", Options.map("formatter", "{value} %")));
        o.put("series", series);
        return Optional.of(ChartSpec.of(o));
    }

    private String label(String term) {
        return table.explicit() ? term : "#" + term;
    }

    @Override
    public String html() {
        if (empty()) {
            return Html.noData(table.explicit() ? "no post named a tracked term" : "no post carried a hashtag");
        }
        String what = table.explicit() ? "the tracked terms" : "the most used hashtags (track your own brands with --track)";
        Html.Table t = new Html.Table("term", "posts", "share");
        long all = table.counts().keySet().stream().mapToLong(table::total).sum();
        for (String term : table.counts().keySet()) {
            t.row(label(term), table.total(term), new Html.Share(table.total(term), all));
        }
        return Html.paragraph("Each week's posts naming " + what + ", as a share of all such posts that week (UTC, weeks start on Monday).")
                + t.html();
    }
}
