package dev.starling.app.topics;

import dev.starling.analysis.topics.Topic;
import dev.starling.analysis.topics.Topics;
import dev.starling.app.report.ChartSpec;
import dev.starling.app.report.Html;
import dev.starling.app.report.ReportSection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The topic map (each topic a bubble at its centroid's first two reduced coordinates, area ∝ size)
 * above a table of sizes, keywords and the most central post of each topic.
 */
final class TopicsSection implements ReportSection {
    static final int SHOWN = 30;
    private final Topics topics;
    private final String note;

    TopicsSection(Topics topics, String note) {
        this.topics = topics;
        this.note = note;
    }

    /** Topics by size, largest first, at most {@link #SHOWN}. */
    static List<Topic> largest(Topics t) {
        List<Topic> sorted = new ArrayList<>(t.topics());
        sorted.sort((a, b) -> a.size() != b.size() ? Long.compare(b.size(), a.size()) : Integer.compare(a.id(), b.id()));
        return sorted.subList(0, Math.min(SHOWN, sorted.size()));
    }

    @Override
    public String id() {
        return "topics";
    }

    @Override
    public String title() {
        return "Topics";
    }

    @Override
    public boolean wide() {
        return true;
    }

    @Override
    public Optional<ChartSpec> chart() {
        if (topics.topics().isEmpty()) {
            return Optional.empty();
        }
        long max = topics.topics().stream().mapToLong(Topic::size).max().orElse(1);
        List<Object> data = new ArrayList<>();
        for (Topic t : largest(topics)) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", t.id() + ": " + t.label());
            p.put("value", List.of(round(t.x()), round(t.y()), t.size()));
            p.put("symbolSize", 10 + 50 * Math.sqrt((double) t.size() / Math.max(1, max)));
            data.add(p);
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("xAxis", Map.of("type", "value", "show", false, "scale", true));
        option.put("yAxis", Map.of("type", "value", "show", false, "scale", true));
        option.put("series", List.of(Map.of("name", "Topics", "type", "scatter", "data", data,
                "label", Map.of("show", true, "formatter", "{b}", "fontSize", 10), "itemStyle", Map.of("opacity", 0.6))));
        return Optional.of(new ChartSpec(option, 420));
    }

    @Override
    public String html() {
        if (topics.topics().isEmpty()) {
            return Html.noData("too few posts to find topics");
        }
        Html.Table table = new Html.Table("Topic", "Posts", "Share", "Keywords", "Most central post");
        for (Topic t : largest(topics)) {
            table.row(t.id() + ": " + t.label(), t.size(), new Html.Share(t.size(), topics.posts()),
                    String.join(", ", t.words(10)), t.representatives().isEmpty() ? "" : t.representatives().get(0));
        }
        String summary = String.format(java.util.Locale.ROOT, "%d topics over %s posts; %s without a topic. %s",
                topics.topics().size(), Html.count(topics.posts()), new Html.Share(topics.outliers(), topics.posts()), note);
        return Html.paragraph(summary) + table.html() + closest();
    }

    /** The first joins of the merge hierarchy between two original topics: the topics most alike. */
    private String closest() {
        int k = topics.topics().size();
        List<String> pairs = new ArrayList<>();
        for (var m : topics.merges()) {
            if (m.left() < k && m.right() < k && pairs.size() < 5) {
                pairs.add(String.format(java.util.Locale.ROOT, "%d + %d (cosine %.2f)", m.left(), m.right(), m.similarity()));
            }
        }
        return pairs.isEmpty() ? "" : Html.paragraph("Most similar topics, first merged by --topics N: " + String.join("; ", pairs) + ".");
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
