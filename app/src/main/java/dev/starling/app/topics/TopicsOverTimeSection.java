package dev.starling.app.topics;

import dev.starling.analysis.topics.Topic;
import dev.starling.analysis.topics.Topics;
import dev.starling.app.report.ChartSpec;
import dev.starling.app.report.Charts;
import dev.starling.app.report.Html;
import dev.starling.app.report.ReportSection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Posts per topic per time bucket for the largest topics (stacked), and a table of topics per group. */
final class TopicsOverTimeSection implements ReportSection {
    private static final int LINES = 8;
    private final Topics topics;

    TopicsOverTimeSection(Topics topics) {
        this.topics = topics;
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
