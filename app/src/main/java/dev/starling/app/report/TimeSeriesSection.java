package dev.starling.app.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One task's labels over time as stacked areas, with the label totals below. */
final class TimeSeriesSection implements ReportSection {
    private final String task;
    private final TimeSeries series;
    private final Map<String, Long> totals;

    /**
     * @param task   the task name, e.g. "sentiment"
     * @param series its label counts over time (may be empty)
     * @param totals its label totals over all posts; the series' totals when empty
     */
    TimeSeriesSection(String task, TimeSeries series, Map<String, Long> totals) {
        this.task = task;
        this.series = series;
        this.totals = totals;
    }

    @Override
    public String id() {
        return StandardSections.slug(task) + "-over-time";
    }

    @Override
    public String title() {
        return task.substring(0, 1).toUpperCase(Locale.ROOT) + task.substring(1) + " over time";
    }

    @Override
    public boolean wide() {
        return true;
    }

    @Override
    public Optional<ChartSpec> chart() {
        if (series.isEmpty()) {
            return Optional.empty();
        }
        List<String> x = series.starts().stream().map(LocalDate::toString).toList();
        return Optional.of(ChartSpec.of(Charts.stackedArea(x, series.counts())));
    }

    @Override
    public String html() {
        if (series.isEmpty()) {
            return Html.noData("no post with a time was labelled for " + task);
        }
        String per = series.bucket() == TimeSeries.Bucket.WEEK ? "week (weeks start on Monday)" : "day";
        StringBuilder sb = new StringBuilder(Html.paragraph("Posts per " + per + " and " + task + " label, UTC."));
        sb.append(LabelTable.of(labelTotals()));
        return sb.toString();
    }

    /** The task's totals (which count posts without a time too) in the chart's label order. */
    private Map<String, Long> labelTotals() {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (String label : series.labels()) {
            sums.put(label, totals.isEmpty() ? series.total(label) : totals.getOrDefault(label, 0L));
        }
        totals.forEach(sums::putIfAbsent);
        return sums;
    }
}
