package dev.starling.analysis.trends;

import dev.starling.analysis.topics.Topic;
import dev.starling.analysis.topics.Topics;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicBurstsTest {
    private static final LocalDate START = LocalDate.parse("2024-03-04"); // a Monday

    /** 42 days; topic 0 has 10 posts a day and 45 on day 20; topic 1 is big every Monday; day 30 has no posts at all. */
    private static Topics topics() {
        TreeMap<String, long[]> overTime = new TreeMap<>();
        for (int d = 0; d < 42; d++) {
            if (d == 30) {
                continue;
            }
            LocalDate day = START.plusDays(d);
            long monday = day.getDayOfWeek() == DayOfWeek.MONDAY ? 60 : 8;
            overTime.put(day.toString(), new long[] {d == 20 ? 45 : 10, monday});
        }
        List<Topic> ts = List.of(new Topic(0, 465, List.of(), "flood warning", List.of(), 0, 0),
                new Topic(1, 600, List.of(), "monday meetings", List.of(), 1, 1));
        return new Topics(ts, 1065, 0, overTime, new TreeMap<>(), List.of());
    }

    @Test
    void aSpikeIsFoundAndAWeeklyPeakIsNot() {
        List<TopicBursts.Burst> bursts = TopicBursts.find(topics(), true, SeasonalBurstDetector.defaults());
        assertTrue(bursts.stream().anyMatch(b -> b.topic() == 0 && b.day().equals(START.plusDays(20).toString())
                && b.count() == 45 && b.expected() == 10), bursts.toString());
        assertTrue(bursts.stream().noneMatch(b -> b.topic() == 1), "Mondays are topic 1's normal: " + bursts);
        assertEquals(1, bursts.size(), bursts.toString());
        assertEquals("flood warning", bursts.get(0).label());
    }

    @Test
    void weeklyBucketsGiveNoBursts() {
        assertEquals(List.of(), TopicBursts.find(topics(), false, SeasonalBurstDetector.defaults()));
    }
}
