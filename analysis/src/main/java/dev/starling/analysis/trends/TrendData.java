package dev.starling.analysis.trends;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The counted corpus: a day axis from {@code firstDay} (UTC epoch day), posts per day, counts per key
 * and the sampled posts of each day.
 *
 * @param firstDay   epoch day of index 0
 * @param postsPerDay posts per day, shape [days]
 * @param undated    posts without a date (left out of every series)
 */
public record TrendData(int firstDay, long[] postsPerDay, Map<SeriesKey, DailyCounts> series,
                        Map<Integer, List<PostDigest>> samples, long undated) {
    public int days() {
        return postsPerDay.length;
    }

    public LocalDate date(int dayIndex) {
        return LocalDate.ofEpochDay((long) firstDay + dayIndex);
    }

    /** The daily counts of a key, shape [days] (zeros for an unknown key). */
    public long[] counts(SeriesKey key) {
        DailyCounts c = series.get(key);
        return c == null ? new long[days()] : c.dense(firstDay, days());
    }

    public long total(SeriesKey key) {
        DailyCounts c = series.get(key);
        return c == null ? 0 : c.total();
    }

    /** The most used keys of a kind, most used first (ties by name). */
    public List<SeriesKey> top(SeriesKey.Kind kind, int n) {
        return series.entrySet().stream().filter(e -> e.getKey().kind() == kind)
                .sorted(Comparator.<Map.Entry<SeriesKey, DailyCounts>>comparingLong(e -> -e.getValue().total())
                        .thenComparing(e -> e.getKey().name()))
                .limit(n).map(Map.Entry::getKey).toList();
    }

    /** The sampled posts of a day (empty when none). */
    public List<PostDigest> sample(int dayIndex) {
        return samples.getOrDefault(dayIndex, List.of());
    }
}
