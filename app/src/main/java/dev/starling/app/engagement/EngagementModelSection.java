package dev.starling.app.engagement;

import dev.starling.analysis.engagement.EngagementAnalysis;
import dev.starling.analysis.engagement.EngagementEvaluation;
import dev.starling.analysis.engagement.EngagementTarget;
import dev.starling.app.report.ChartSpec;
import dev.starling.app.report.Html;
import dev.starling.app.report.ReportSection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The engagement model on this corpus's latest posts against both baselines, and predicted vs actual likes. */
final class EngagementModelSection implements ReportSection {
    private final EngagementAnalysis.Result result;
    private final long dropped;

    EngagementModelSection(EngagementAnalysis.Result result, long dropped) {
        this.result = result;
        this.dropped = dropped;
    }

    @Override
    public String id() {
        return "engagement-model";
    }

    @Override
    public String title() {
        return "Engagement prediction: predicted vs actual likes";
    }

    @Override
    public boolean wide() {
        return true;
    }

    @Override
    public String html() {
        if (result.evaluation().isEmpty()) {
            return Html.noData(result.note());
        }
        EngagementEvaluation.Result e = result.evaluation().get();
        StringBuilder sb = new StringBuilder(Html.paragraph("Trained on the " + Html.count(e.train()) + " posts before "
                + e.cutoff() + ", tested on the " + Html.count(e.test()) + " after (ridge regression on text n-grams, the "
                + "author's earlier posts, hour and weekday; counts as log1p). Chart: held-out posts, log1p likes."
                + (dropped > 0 ? " Only the first " + Html.count(EngagementInsight.MAX_KEPT) + " posts were modelled." : "")));
        Html.Table t = new Html.Table("target", "method", "posts", "Spearman ρ", "ρ within author", "MAE log1p");
        for (EngagementEvaluation.Row r : e.rows()) {
            t.row(r.target().label(), r.method(), r.n(), nan(r.spearman()), nan(r.withinSpearman()), nan(r.mae()));
        }
        return sb.append(t.html()).toString();
    }

    private static Object nan(double v) {
        return Double.isFinite(v) ? (Object) v : "–";
    }

    @Override
    public Optional<ChartSpec> chart() {
        if (result.heldOut().isEmpty()) {
            return Optional.empty();
        }
        int likes = EngagementTarget.LIKES.ordinal();
        List<Object> points = new ArrayList<>();
        double max = 1;
        for (EngagementAnalysis.Prediction p : result.heldOut()) {
            double actual = p.post().logCount(EngagementTarget.LIKES);
            double predicted = p.predicted()[likes];
            points.add(List.of(round(predicted), round(actual)));
            max = Math.max(max, Math.max(actual, predicted));
        }
        double top = Math.ceil(max);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("animation", false);
        o.put("tooltip", ChartMaps.map("trigger", "item"));
        o.put("grid", ChartMaps.map("left", 40, "right", 24, "top", 16, "bottom", 40, "containLabel", true));
        o.put("xAxis", ChartMaps.map("type", "value", "name", "predicted log1p likes", "nameLocation", "middle", "nameGap", 28, "min", 0, "max", top));
        o.put("yAxis", ChartMaps.map("type", "value", "name", "actual log1p likes", "nameLocation", "middle", "nameGap", 32, "min", 0, "max", top));
        o.put("series", List.of(
                ChartMaps.map("name", "held-out posts", "type", "scatter", "symbolSize", 6, "data", points,
                        "itemStyle", ChartMaps.map("color", "#4a7fc1", "opacity", 0.6)),
                ChartMaps.map("name", "perfect", "type", "line", "data", List.of(List.of(0, 0), List.of(top, top)),
                        "showSymbol", false, "lineStyle", ChartMaps.map("color", "#9aa3ad", "type", "dashed"))));
        return Optional.of(new ChartSpec(o, 340));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
