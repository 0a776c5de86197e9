package dev.starling.app.analyze;

import dev.starling.analysis.pipeline.AnalyzedPost;
import dev.starling.analysis.pipeline.Flag;
import dev.starling.analysis.pipeline.Prediction;
import dev.starling.analysis.posts.Post;
import dev.starling.analysis.privacy.PiiType;
import dev.starling.app.report.AuthorStat;
import dev.starling.app.report.FlaggedPost;
import dev.starling.app.report.InputSummary;
import dev.starling.app.report.ReportData;
import dev.starling.app.report.TagCount;
import dev.starling.app.report.TimeRange;
import dev.starling.app.report.TimeSeries;
import dev.starling.app.report.TimeSeriesBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Folds analysed posts into the report's aggregates, one post at a time, so memory grows with the
 * number of distinct authors and hashtags, not with the number of posts.
 */
final class ReportAggregator {
    static final int TOP = 20;
    private final List<String> timeSeriesTasks;
    private final Map<String, TimeSeriesBuilder> overTime = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> labelCounts = new LinkedHashMap<>();
    private final Map<String, Long> languages = new HashMap<>();
    private final Map<String, Long> hashtags = new HashMap<>();
    private final Map<String, long[]> authors = new HashMap<>(); // handle -> {posts, likes}
    private final Map<String, Long> redactions = new LinkedHashMap<>();
    private final List<FlaggedPost> flagged = new ArrayList<>();
    private long flaggedTotal;
    private long posts;
    private Instant first;
    private Instant last;

    ReportAggregator(List<String> timeSeriesTasks) {
        this.timeSeriesTasks = List.copyOf(timeSeriesTasks);
    }

    void add(AnalyzedPost a) {
        Post p = a.post();
        posts++;
        languages.merge(a.language().lang(), 1L, Long::sum);
        for (String tag : p.hashtags()) {
            hashtags.merge(tag.toLowerCase(Locale.ROOT), 1L, Long::sum);
        }
        long[] au = authors.computeIfAbsent(displayHandle(p), k -> new long[2]);
        au[0]++;
        au[1] += p.metrics().likes() == null ? 0 : p.metrics().likes();
        a.personalData().forEach((type, n) -> {
            if (n > 0) {
                redactions.merge(redactionKey(type), (long) n, Long::sum);
            }
        });
        if (p.createdAt() != null) {
            first = first == null || p.createdAt().isBefore(first) ? p.createdAt() : first;
            last = last == null || p.createdAt().isAfter(last) ? p.createdAt() : last;
        }
        a.predictions().forEach((task, pred) -> addPrediction(task, pred, p.createdAt()));
        if (!a.flags().isEmpty()) {
            flaggedTotal++;
            if (flagged.size() < ReportData.MAX_FLAGGED) {
                flagged.add(new FlaggedPost(p.platform().id() + ":" + p.id(), p.createdAt(), displayHandle(p), p.text(),
                        a.flags().stream().map(ReportAggregator::flag).toList()));
            }
        }
    }

    private void addPrediction(String task, Prediction pred, Instant time) {
        labelCounts.computeIfAbsent(task, t -> zeroes(labelOrder(t, pred))).merge(pred.label(), 1L, Long::sum);
        if (time != null && timeSeriesTasks.contains(task)) {
            overTime.computeIfAbsent(task, t -> new TimeSeriesBuilder(labelOrder(t, pred))).add(time, pred.label());
        }
    }

    /** Display order of a task's labels: the canonical one where models of different languages share a task. */
    private static List<String> labelOrder(String task, Prediction first) {
        return Classifiers.LABEL_ORDER.getOrDefault(task, List.copyOf(first.scores().keySet()));
    }

    private static Map<String, Long> zeroes(List<String> labels) {
        Map<String, Long> m = new LinkedHashMap<>();
        labels.forEach(k -> m.put(k, 0L));
        return m;
    }

    private static FlaggedPost.Flag flag(Flag f) {
        return FlaggedPost.Flag.of(f.task(), f.label(), f.probability());
    }

    static String displayHandle(Post p) {
        String h = p.author().handle();
        return h != null && !h.isBlank() ? "@" + h : p.author().id();
    }

    static String redactionKey(PiiType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    long posts() {
        return posts;
    }

    Map<String, Map<String, Long>> labelCounts() {
        return labelCounts;
    }

    Map<String, Long> redactions() {
        return redactions;
    }

    ReportData build(String title, InputSummary input, List<String> notes) {
        Map<String, TimeSeries> series = new LinkedHashMap<>();
        for (String task : timeSeriesTasks) {
            if (overTime.containsKey(task)) {
                series.put(task, overTime.get(task).build());
            }
        }
        return ReportData.builder(title)
                .generatedAt(Instant.now())
                .input(input)
                .posts(posts)
                .authors(authors.size())
                .timeRange(first == null ? null : new TimeRange(first, last))
                .overTime(series)
                .languages(top(languages, Integer.MAX_VALUE))
                .topHashtags(top(hashtags, TOP).entrySet().stream().map(e -> new TagCount(e.getKey(), e.getValue())).toList())
                .topAuthors(topAuthors())
                .labelCounts(labelCounts)
                .flagged(flagged, flaggedTotal)
                .redactions(redactions)
                .notes(notes)
                .build();
    }

    private List<AuthorStat> topAuthors() {
        return authors.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
                .limit(TOP)
                .map(e -> new AuthorStat(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private static Map<String, Long> top(Map<String, Long> counts, int n) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(e -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .limit(n)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
