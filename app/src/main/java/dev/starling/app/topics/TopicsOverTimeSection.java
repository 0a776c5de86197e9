package dev.starling.app.topics;

import dev.starling.analysis.topics.Topic;
import dev.starling.analysis.topics.Topics;
import dev.starling.analysis.trends.TopicBursts;
import dev.starling.app.report.ChartSpec;
import dev.starling.app.report.Charts;
import dev.starling.app.report.Html;
import dev.starling.app.report.ReportSection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Posts per topic per time bucket for the largest topics (stacked), the days a topic burst above its
 * weekday baseline ({@link TopicBursts}), and a table of topics per group.
 */
final class TopicsOverTimeSection implements ReportSection {
    private static final int LINES = 8;
    private static final int SPIKES = 10;
    private final Topics topics;
    private final List<TopicBursts.Burst> bursts;

    TopicsOverTimeSection(Topics topics, List<TopicBursts.Burst> bursts) {
        this.topics = topics;
        this.bursts = List.copyOf(bursts);
    }

    @Override
    public String id() {
        return "topics-over-time";
    }

    @Override
    public String title() {
        return "Topics over time";
    }

    @Override
    public boolean wide() {
        return true;
    }

    @Override
    public Optional<ChartSpec> chart() {
        if (topics.overTime().isEmpty()) {
            return Optional.empty();
        }
        List<String> x = new ArrayList<>(topics.overTime().keySet());
        Map<String, List<Long>> series = new LinkedHashMap<>();
        for (Topic t : TopicsSection.largest(topics).subList(0, Math.min(LINES, topics.topics().size()))) {
            List<Long> ys = new ArrayList<>();
            for (long[] counts : topics.overTime().values()) {
                ys.add(counts[t.id()]);
            }
            series.put(t.id() + ": " + t.label(), ys);
        }
        return Optional.of(ChartSpec.of(Charts.stackedArea(x, series)));
    }

    @Override
    public String html() {
        return spikes() + perGroup();
    }

    private String spikes() {
        if (topics.overTime().isEmpty()) {
            return "";
        }
        if (bursts.isEmpty()) {
            return Html.paragraph("No topic rose above its weekday baseline (same weekday in the weeks around, robust z ≥ 3.5).");
        }
        Html.Table table = new Html.Table("Day", "Topic", "Posts", "Expected", "z");
        for (TopicBursts.Burst b : bursts.subList(0, Math.min(SPIKES, bursts.size()))) {
            table.row(b.day(), "#" + b.topic() + " " + b.label(), b.count(), String.format(java.util.Locale.ROOT, "%.1f", b.expected()),
                    String.format(java.util.Locale.ROOT, "%.1f", b.z()));
        }
        return Html.paragraph("Topic spikes: days a topic rose far above the same weekday in the weeks around it (robust z ≥ 3.5):")
                + table.html();
    }

    private String perGroup() {
        if (topics.perGroup().isEmpty()) {
            return topics.overTime().isEmpty() ? Html.noData("no post carried a date") : "";
        }
        List<Topic> shown = TopicsSection.largest(topics).subList(0, Math.min(LINES, topics.topics().size()));
        String[] headers = new String[shown.size() + 1];
        headers[0] = "Platform";
        for (int i = 0; i < shown.size(); i++) {
            headers[i + 1] = "#" + shown.get(i).id() + " " + shown.get(i).words(2);
        }
        Html.Table table = new Html.Table(headers);
        topics.perGroup().forEach((group, counts) -> {
            Object[] row = new Object[shown.size() + 1];
            row[0] = group;
            for (int i = 0; i < shown.size(); i++) {
                row[i + 1] = counts[shown.get(i).id()];
            }
            table.row(row);
        });
        return Html.paragraph("Posts of the largest topics per platform:") + table.html();
    }
}
