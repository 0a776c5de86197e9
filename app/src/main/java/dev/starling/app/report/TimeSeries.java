package dev.starling.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Label counts per time bucket for one task, e.g. sentiment per day.
 *
 * @param bucket the bucket width
 * @param starts the first day (UTC) of each bucket, strictly increasing, without gaps
 * @param counts per label (in display order) one count per bucket
 */
public record TimeSeries(Bucket bucket, List<LocalDate> starts, Map<String, List<Long>> counts) {
    /** How wide a bucket is. Weeks start on Monday (ISO-8601). */
    public enum Bucket { DAY, WEEK }

    public TimeSeries {
        Objects.requireNonNull(bucket, "bucket");
        starts = List.copyOf(starts);
        for (int i = 1; i < starts.size(); i++) {
            if (!starts.get(i).isAfter(starts.get(i - 1))) {
                throw new IllegalArgumentException("bucket starts not increasing at " + starts.get(i));
            }
        }
        Map<String, List<Long>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, List<Long>> e : counts.entrySet()) {
            List<Long> values = List.copyOf(e.getValue());
            if (values.size() != starts.size()) {
                throw new IllegalArgumentException("label " + e.getKey() + " has " + values.size()
                        + " counts for " + starts.size() + " buckets");
            }
            copy.put(e.getKey(), values);
        }
        counts = Collections.unmodifiableMap(copy);
    }

    /** A series with no buckets. */
    public static TimeSeries empty() {
        return new TimeSeries(Bucket.DAY, List.of(), Map.of());
    }

    /** The labels in display order. */
    public List<String> labels() {
        return new ArrayList<>(counts.keySet());
    }

    /** The sum of all counts of one label (0 for an unknown label). */
    public long total(String label) {
        return counts.getOrDefault(label, List.of()).stream().mapToLong(Long::longValue).sum();
    }

    /** True when there is nothing to draw: no buckets, or every count is zero. */
    public boolean isEmpty() {
        return counts.keySet().stream().allMatch(l -> total(l) == 0);
    }
}
