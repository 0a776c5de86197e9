package dev.starling.analysis.engagement;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A synthetic corpus where engagement depends on a word and the hour: the model must find both. */
class EngagementAnalysisTest {
    static List<EngagementPost> corpus(int n, long seed) {
        Random rnd = new Random(seed);
        Instant t = Instant.parse("2026-03-02T00:00:00Z");
        List<EngagementPost> posts = new ArrayList<>();
        String[] filler = {"today", "news", "update", "thanks", "team", "city", "game", "music"};
        for (int i = 0; i < n; i++) {
            t = t.plusSeconds(1800 + rnd.nextInt(7200));
            String author = "user" + rnd.nextInt(6);
            boolean hot = rnd.nextInt(3) == 0;
            int hour = t.atZone(ZoneOffset.UTC).getHour();
            String text = filler[rnd.nextInt(8)] + " " + filler[rnd.nextInt(8)] + (hot ? " giveaway" : "");
            double base = 2 + author.hashCode() % 3 + (hot ? 2 : 0) + (hour == 18 ? 1.5 : 0) + rnd.nextGaussian() * 0.3;
            long likes = Math.round(Math.expm1(Math.max(0, base)));
            posts.add(EngagementPost.of(author, t, text, likes / 10, likes / 4, likes));
        }
        return posts;
    }

    @Test
    void modelBeatsBothBaselinesOnSyntheticFuture() {
        EngagementEvaluation.Result r = EngagementEvaluation.run(corpus(800, 7), 0.2, 10, new double[]{0.1, 1, 10});
        for (EngagementTarget t : EngagementTarget.values()) {
            EngagementEvaluation.Row m = r.row(t, "model");
            assertTrue(m.spearman() > r.row(t, "author running mean").spearman() + 0.2, t + " " + r.markdown());
            assertTrue(m.spearman() > r.row(t, "text length").spearman(), t + " " + r.markdown());
            assertTrue(m.mae() < r.row(t, "author running mean").mae(), t + " " + r.markdown());
            assertTrue(m.mae() < r.row(t, "text length").mae(), t + " " + r.markdown());
        }
        assertEquals(160, r.test());
    }

    @Test
    void evaluationIsDeterministic() {
        String a = EngagementEvaluation.run(corpus(300, 3), 0.2, 10, new double[]{1, 10}).markdown();
        String b = EngagementEvaluation.run(corpus(300, 3), 0.2, 10, new double[]{1, 10}).markdown();
        assertEquals(a, b);
    }

    @Test
    void bestTimeFindsTheHourWithLift() {
        EngagementAnalysis analysis = new EngagementAnalysis(ZoneOffset.UTC, 100, 10_000);
        corpus(1500, 11).forEach(analysis::add);
        EngagementAnalysis.Result r = analysis.finish();
        ActivityPatterns.BestTime best = r.patterns().overall().best();
        assertTrue(best.fromEngagement());
        assertEquals(18, best.hour());
        assertTrue(best.hourLift() > 0.5, "lift " + best.hourLift());
        assertTrue(r.evaluation().isPresent());
        assertEquals(1500, r.predictions().size());
        assertEquals(300, r.heldOut().size());
        assertEquals(6, r.patterns().topAuthors(10).size());
        assertEquals(1500, r.patterns().overall().total());
    }

    @Test
    void withoutCountsBestTimeIsTheBusiestSlotAndNothingIsEvaluated() {
        EngagementAnalysis analysis = new EngagementAnalysis(ZoneOffset.UTC, 100, 10_000);
        Instant tuesday9 = Instant.parse("2026-03-03T09:15:00Z");
        for (int i = 0; i < 5; i++) {
            analysis.add(EngagementPost.of("a", tuesday9.plusSeconds(i * 60), "hello", -1, -1, -1));
        }
        analysis.add(EngagementPost.of("a", Instant.parse("2026-03-05T20:00:00Z"), "bye", -1, -1, -1));
        EngagementAnalysis.Result r = analysis.finish();
        ActivityPatterns.BestTime best = r.patterns().overall().best();
        assertFalse(best.fromEngagement());
        assertEquals(9, best.hour());
        assertEquals(DayOfWeek.TUESDAY, best.day());
        assertTrue(r.evaluation().isEmpty());
        assertTrue(r.note().contains("at least"), r.note());
        List<Map.Entry<String, ActivityPatterns.Grid>> top = r.patterns().topAuthors(3);
        assertEquals("a", top.get(0).getKey());
        assertEquals(5, top.get(0).getValue().posts()[1][9]);
    }
}
