package dev.starling.app.trends;

import dev.starling.analysis.pipeline.AnalyzedPost;
import dev.starling.analysis.trends.Alert;
import dev.starling.analysis.trends.TrendAnalysis;
import dev.starling.analysis.trends.TrendCollector;
import dev.starling.analysis.trends.TrendData;
import dev.starling.app.insight.Insight;
import dev.starling.app.insight.InsightContext;
import dev.starling.app.report.ReportSection;

import java.util.List;

/**
 * The report's trends: daily series per hashtag and term, spikes against a weekly baseline, explained.
 * Posts the spam classifier flagged are left out: a spam wave would otherwise be the strongest "trend".
 */
public final class TrendsInsight implements Insight {
    private final TrendCollector collector = TrendCollector.standard();
    private long spam;

    @Override
    public String name() {
        return "trends";
    }

    @Override
    public void add(AnalyzedPost post) {
        if (SpamFlags.isSpam(post)) {
            spam++;
            return;
        }
        collector.add(post.post());
    }

    @Override
    public List<ReportSection> finish(InsightContext context) {
        TrendData data = collector.data();
        List<Alert> alerts = TrendAnalysis.defaults().alerts(data);
        context.stdout().println("trends: " + data.days() + " day(s), " + alerts.size() + " spike alert(s)"
                + (alerts.isEmpty() ? "" : ", strongest " + alerts.get(0).key().label() + " on " + alerts.get(0).date()));
        return List.of(new TrendChartSection(data, alerts, spam), new AlertsSection(alerts));
    }
}
