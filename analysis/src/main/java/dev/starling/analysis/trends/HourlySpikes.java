package dev.starling.analysis.trends;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Spikes by the hour for corpora too short for a weekday baseline (a few days around an event):
 * the hourly series of the most used hashtags and terms go through the {@link SeasonalBurstDetector}
 * with a season of 24 hours, so each hour is compared with the same hour on the other days (an
 * evening peak every day is the baseline, not a spike). Consecutive spiking hours of one key are one
 * spike, shown by its strongest hour.
 */
public final class HourlySpikes {
    /** Corpora spanning at least this many days get the daily, weekday-seasonal analysis instead. */
    public static final int SHORT_DAYS = 15;

    private HourlySpikes() {
    }

    /**
     * One spike.
     *
     * @param key      the series
     * @param hour     the start of its strongest hour (UTC)
     * @param count    posts with the key in that hour
     * @param expected the median of the same hour on the other days
     * @param z        the robust z-score
     * @param hours    how many consecutive hours spiked
     */
    public record Spike(SeriesKey key, Instant hour, long count, double expected, double z, int hours) {
    }

    /** The spikes of a short corpus, strongest first; empty when the corpus spans {@link #SHORT_DAYS} days or more. */
    public static List<Spike> find(TrendCollector collector, TrendData data, SeasonalBurstDetector detector, int keysPerKind) {
        if (data.days() == 0 || data.days() >= SHORT_DAYS) {
            return List.of();
        }
        int firstHour = data.firstDay() * 24;
        int hours = data.days() * 24;
        List<Spike> out = new ArrayList<>();
        for (SeriesKey.Kind kind : SeriesKey.Kind.values()) {
            for (SeriesKey k : data.top(kind, keysPerKind)) {
                long[] x = collector.hourly(k, firstHour, hours); // [hours]
                out.addAll(episodes(k, detector.bursts(x, SeasonalBurstDetector.DAY), firstHour));
            }
        }
        out.sort(Comparator.comparingDouble(Spike::z).reversed().thenComparing(Spike::hour).thenComparing(s -> s.key().label()));
        return out;
    }

    /** Runs of consecutive spiking hours, each as its strongest hour. */
    private static List<Spike> episodes(SeriesKey k, List<SeasonalBurstDetector.Score> scores, int firstHour) {
        List<Spike> out = new ArrayList<>();
        int i = 0;
        while (i < scores.size()) {
            int j = i;
            SeasonalBurstDetector.Score best = scores.get(i);
            while (j + 1 < scores.size() && scores.get(j + 1).day() == scores.get(j).day() + 1) {
                j++;
                best = scores.get(j).z() > best.z() ? scores.get(j) : best;
            }
            out.add(new Spike(k, Instant.ofEpochSecond((firstHour + (long) best.day()) * 3600L), best.count(), best.expected(),
                    best.z(), j - i + 1));
            i = j + 1;
        }
        return out;
    }
}
