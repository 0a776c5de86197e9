package dev.starling.analysis.trends;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrendAnalysisTest {
    private static final LocalDate START = LocalDate.of(2026, 6, 1); // a Monday
    private static final LocalDate SPIKE = LocalDate.of(2026, 6, 22); // a Monday, week 4

    /** Six weeks of daily chatter (more on Mondays), and on one Monday a recall story: 30 posts. */
    private static TrendData corpus() {
        TrendCollector c = TrendCollector.standard();
        int id = 0;
        for (int d = 0; d < 42; d++) {
            LocalDate day = START.plusDays(d);
            int n = day.getDayOfWeek() == DayOfWeek.MONDAY ? 12 : 4;
            for (int i = 0; i < n; i++) {
                c.add(Posts.post("p" + id++, "user" + (i % 7), day, "coffee and weather chatter again", List.of("daily"), i));
            }
        }
        for (int i = 0; i < 30; i++) {
            c.add(Posts.post("r" + i, i < 20 ? "user_loud" : "user" + i, SPIKE,
                    "BrewMate recall: my coffee maker overheated, return it now", List.of("Recall"), 100 + i));
        }
        return c.data();
    }

    @Test
    void findsThePlantedSpikeAndExplainsIt() {
        TrendData data = corpus();
        assertEquals(42, data.days());
        List<Alert> alerts = TrendAnalysis.defaults().alerts(data);
        assertFalse(alerts.isEmpty());
        Alert top = alerts.get(0);
        assertEquals(SPIKE, top.date());
        assertTrue(alerts.stream().allMatch(a -> a.date().equals(SPIKE)), "only the spike day alerts: " + alerts);
        assertEquals(1, alerts.size(), "the story's words fold into one alert: " + alerts);
        List<String> explained = new java.util.ArrayList<>(top.alsoBurst().stream().map(SeriesKey::label).toList());
        explained.add(top.key().label());
        assertTrue(explained.containsAll(List.of("#recall", "brewmate", "recall")), explained.toString());
        assertTrue(top.drivers().stream().anyMatch(d -> d.key().label().equals("brewmate") || d.key().label().equals("#recall")),
                top.drivers().toString());
        assertEquals("user_loud", top.authors().get(0).author());
        assertEquals(20, top.authors().get(0).posts());
        assertEquals("r29", top.posts().get(0).id(), "most engaged post first");
    }

    @Test
    void theWeeklyMondayPeakOfTheChatterIsNoAlert() {
        TrendData data = corpus();
        List<Alert> alerts = TrendAnalysis.defaults().alerts(data);
        assertTrue(alerts.stream().noneMatch(a -> a.key().equals(SeriesKey.hashtag("daily"))), alerts.toString());
        assertEquals(6 * 12 + 36 * 4, data.total(SeriesKey.hashtag("daily")));
    }

    @Test
    void termsDropFunctionWordsMentionsUrlsAndUnspacedScripts() {
        assertEquals(java.util.Set.of("brewmate", "recall", "coffee", "maker"),
                Terms.of("The BrewMate recall!! @user_ab12 #Recall https://x.example/a and the coffee-maker <EMAIL> 咖啡机召回"));
    }

    @Test
    void consecutiveAlertDaysOfOneKeyAreOneEpisode() {
        TrendCollector c = TrendCollector.standard();
        int id = 0;
        for (int d = 0; d < 42; d++) {
            LocalDate day = START.plusDays(d);
            int n = d >= 15 && d <= 17 ? (d == 16 ? 25 : 12) : 1; // three strike days, the middle one strongest
            for (int i = 0; i < n; i++) {
                c.add(Posts.post("s" + id++, "user" + i, day, "quiet day", List.of("MetroStrike"), 0));
            }
        }
        List<Alert> alerts = TrendAnalysis.defaults().alerts(c.data());
        assertEquals(1, alerts.size(), alerts.toString());
        Alert a = alerts.get(0);
        assertEquals(START.plusDays(16), a.date());
        assertEquals(START.plusDays(15), a.from());
        assertEquals(START.plusDays(17), a.until());
        assertEquals(3, a.alertDays());
        assertEquals(25, a.count());
    }

    @Test
    void undatedPostsAreCountedApart() {
        TrendCollector c = TrendCollector.standard();
        c.add(dev.starling.analysis.posts.Post.of("x", dev.starling.analysis.posts.Platform.TEXT, "no date here"));
        assertEquals(1, c.data().undated());
        assertEquals(0, c.data().days());
    }
}
