package dev.starling.app.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Accumulates (day, label) observations into a {@link TimeSeries}: daily buckets, or weekly ones
 * when the days span more than {@link #MAX_DAILY_BUCKETS}, so that a long range stays readable.
 * Days without posts become zero counts rather than gaps, so lines do not bridge silent periods.
 * Not thread-safe.
 */
public final class TimeSeriesBuilder {
    /** Above this many days the series is bucketed by week. */
    public static final int MAX_DAILY_BUCKETS = 92;

    private final Set<String> labels = new LinkedHashSet<>();
    private final TreeMap<LocalDate, Map<String, Long>> perDay = new TreeMap<>();

    /** Starts with labels in display order; labels first seen later are appended. */
    public TimeSeriesBuilder(List<String> labels) {
        this.labels.addAll(labels);
    }

    /** Counts one post with this label on this day. */
    public TimeSeriesBuilder add(LocalDate day, String label) {
        return add(day, label, 1);
    }

    /** Counts one post with this label at this instant (its UTC day). */
    public TimeSeriesBuilder add(Instant time, String label) {
        return add(LocalDate.ofInstant(time, ZoneOffset.UTC), label, 1);
    }

    /** Adds {@code n} posts with this label on this day. */
    public TimeSeriesBuilder add(LocalDate day, String label, long n) {
        labels.add(label);
        perDay.computeIfAbsent(day, d -> new LinkedHashMap<>()).merge(label, n, Long::sum);
        return this;
    }

    public TimeSeries build() {
        if (perDay.isEmpty()) {
            return TimeSeries.empty();
        }
        long days = ChronoUnit.DAYS.between(perDay.firstKey(), perDay.lastKey()) + 1;
        boolean weekly = days > MAX_DAILY_BUCKETS;
        TimeSeries.Bucket bucket = weekly ? TimeSeries.Bucket.WEEK : TimeSeries.Bucket.DAY;
        LocalDate first = bucketStart(perDay.firstKey(), weekly);
        LocalDate last = bucketStart(perDay.lastKey(), weekly);
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = weekly ? d.plusWeeks(1) : d.plusDays(1)) {
            starts.add(d);
        }
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (String label : labels) {
            counts.put(label, new long[starts.size()]);
        }
        for (Map.Entry<LocalDate, Map<String, Long>> day : perDay.entrySet()) {
            LocalDate start = bucketStart(day.getKey(), weekly);
            int index = (int) (weekly ? ChronoUnit.WEEKS.between(first, start) : ChronoUnit.DAYS.between(first, start));
            day.getValue().forEach((label, n) -> counts.get(label)[index] += n);
        }
        Map<String, List<Long>> lists = new LinkedHashMap<>();
        counts.forEach((label, values) -> lists.put(label, java.util.Arrays.stream(values).boxed().toList()));
        return new TimeSeries(bucket, starts, lists);
    }

    private static LocalDate bucketStart(LocalDate day, boolean weekly) {
        return weekly ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
    }
}
