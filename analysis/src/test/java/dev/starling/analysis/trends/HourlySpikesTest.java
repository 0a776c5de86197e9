package dev.starling.analysis.trends;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HourlySpikesTest {
    private static final LocalDate START = LocalDate.parse("2026-03-02");

    /**
     * Four days: #commute has 12 posts at 08:00 every day (a daily peak, not a spike) and 1 an hour
     * otherwise; #quake has 1 post an hour, and 25 at 14:00 and 15:00 on day 2.
     */
    private static TrendCollector fourDays() {
        TrendCollector c = TrendCollector.standard();
        int id = 0;
        for (int d = 0; d < 4; d++) {
            for (int h = 0; h < 24; h++) {
                Instant at = START.plusDays(d).atTime(h, 10).toInstant(ZoneOffset.UTC);
                int commute = h == 8 ? 12 : 1;
                for (int i = 0; i < commute; i++) {
                    c.add(Posts.post("c" + id++, "a" + i, at, "traffic again #commute", List.of("#commute"), 0));
                }
                int quake = d == 2 && (h == 14 || h == 15) ? (h == 14 ? 25 : 18) : 1;
                for (int i = 0; i < quake; i++) {
                    c.add(Posts.post("q" + id++, "b" + i, at, "felt it #quake", List.of("#quake"), 0));
                }
            }
        }
        return c;
    }

    @Test
    void aShortCorpusGetsHourlySpikesAgainstTheSameHourOnOtherDays() {
        TrendCollector c = fourDays();
        TrendData data = c.data();
        assertTrue(TrendAnalysis.defaults().alerts(data).isEmpty(), "four days: no weekday baseline, no daily alert");
        List<HourlySpikes.Spike> spikes = HourlySpikes.find(c, data, SeasonalBurstDetector.defaults(), 300);
        List<HourlySpikes.Spike> quake = spikes.stream().filter(s -> s.key().equals(SeriesKey.hashtag("quake"))).toList();
        assertEquals(1, quake.size(), "14:00 and 15:00 are one spike: " + spikes);
        assertEquals(START.plusDays(2).atTime(14, 0).toInstant(ZoneOffset.UTC), quake.get(0).hour());
        assertEquals(25, quake.get(0).count());
        assertEquals(2, quake.get(0).hours());
        assertTrue(spikes.stream().noneMatch(s -> s.key().equals(SeriesKey.hashtag("commute"))),
                "the 08:00 peak comes every day: " + spikes);
    }

    @Test
    void aLongCorpusIsLeftToTheDailyAnalysis() {
        TrendCollector c = TrendCollector.standard();
        for (int d = 0; d < HourlySpikes.SHORT_DAYS; d++) {
            c.add(Posts.post("p" + d, "a", START.plusDays(d), "hello #x", List.of("#x"), 0));
        }
        assertEquals(List.of(), HourlySpikes.find(c, c.data(), SeasonalBurstDetector.defaults(), 300));
    }
}
