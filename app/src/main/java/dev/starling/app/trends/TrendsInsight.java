package dev.starling.app.trends;

import dev.starling.analysis.pipeline.AnalyzedPost;
import dev.starling.analysis.trends.Alert;
import dev.starling.analysis.trends.HourlySpikes;
import dev.starling.analysis.trends.SeasonalBurstDetector;
import dev.starling.analysis.trends.TrendAnalysis;
import dev.starling.analysis.trends.TrendCollector;
import dev.starling.analysis.trends.TrendData;
import dev.starling.app.insight.Insight;
import dev.starling.app.insight.InsightContext;
import dev.starling.app.insight.InsightOptions;
import dev.starling.app.report.ReportSection;
import dev.starling.engine.generate.TextGenerator;

import java.util.List;
import java.util.Optional;

/**
 * The report's trends: daily series per hashtag and term, spikes against a weekly baseline, explained (with a one-sentence LLM summary each under {@code analyze --llm});
 * for a corpus of a few days, spikes by the hour ({@link HourlySpikes}).
 * Posts the spam classifier flagged are left out: a spam wave would otherwise be the strongest "trend".
 */
public final class TrendsInsight implements Insight {
    private final TrendCollector collector = TrendCollector.standard();
    private long spam;
    private Optional<TextGenerator> llm = Optional.empty();

    /** {@code analyze --llm}: the alerts in the report get a one-sentence summary. */
    @Override
    public void configure(InsightOptions options) {
        llm = options.llm();
    }

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
        List<String> summaries = llm.map(g -> TrendSummaries.of(g, alerts, AlertsSection.SHOWN, context.stderr())).orElse(List.of());
        List<ReportSection> sections = new java.util.ArrayList<>(List.of(new TrendChartSection(data, alerts, spam),
                new AlertsSection(alerts, summaries)));
        if (data.days() > 0 && data.days() < HourlySpikes.SHORT_DAYS) { // a few days: spikes by the hour
            List<HourlySpikes.Spike> spikes = HourlySpikes.find(collector, data, SeasonalBurstDetector.defaults(), 300);
            context.stdout().println("trends: " + spikes.size() + " hourly spike(s)" + (spikes.isEmpty() ? ""
                    : ", strongest " + spikes.get(0).key().label() + " at " + HourlySpikesSection.HOUR.format(spikes.get(0).hour())));
            sections.add(new HourlySpikesSection(spikes, data.days()));
        }
        return sections;
    }
}
