package dev.starling.analysis.trends;

import dev.starling.analysis.topics.Topic;
import dev.starling.analysis.topics.Topics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Topic series: the days on which a topic rose far above its own weekday baseline. Each topic's
 * daily post counts (from {@link Topics#overTime()} with day buckets; a day without posts counts 0)
 * go through the same {@link SeasonalBurstDetector} as hashtags and terms, so a topic that is
 * always big on Mondays is not flagged every Monday.
 */
public final class TopicBursts {
    private TopicBursts() {
    }

    /**
     * One burst of one topic.
     *
     * @param topic    the topic's id
     * @param label    the topic's label
     * @param day      the ISO day
     * @param count    the topic's posts that day
     * @param expected the seasonal baseline (median of the same weekday in the weeks around)
     * @param z        the robust z-score
     */
    public record Burst(int topic, String label, String day, long count, double expected, double z) {
    }

    /**
     * Every burst of every topic, strongest first. {@code overTime} must be keyed by ISO day
     * (day buckets): weekly buckets have no weekday to compare, and give no bursts.
     */
    public static List<Burst> find(Topics topics, boolean dailyBuckets, SeasonalBurstDetector detector) {
        Map<String, long[]> overTime = topics.overTime();
        if (!dailyBuckets || overTime.isEmpty()) {
            return List.of();
        }
        LocalDate first = LocalDate.parse(overTime.keySet().iterator().next());
        int days = (int) ChronoUnit.DAYS.between(first, LocalDate.parse(topics.overTime().lastKey())) + 1;
        List<Burst> out = new ArrayList<>();
        for (Topic t : topics.topics()) {
            long[] x = new long[days]; // [days]: posts of topic t per day, gaps filled with 0
            overTime.forEach((day, counts) -> x[(int) ChronoUnit.DAYS.between(first, LocalDate.parse(day))] = counts[t.id()]);
            for (SeasonalBurstDetector.Score s : detector.bursts(x)) {
                out.add(new Burst(t.id(), t.label(), first.plusDays(s.day()).toString(), s.count(), s.expected(), s.z()));
            }
        }
        out.sort(Comparator.comparingDouble(Burst::z).reversed().thenComparing(Burst::day).thenComparingInt(Burst::topic));
        return out;
    }
}
