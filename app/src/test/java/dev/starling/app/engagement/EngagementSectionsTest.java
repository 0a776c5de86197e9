package dev.starling.app.engagement;

import dev.starling.analysis.engagement.EngagementAnalysis;
import dev.starling.analysis.engagement.EngagementPost;
import dev.starling.engine.json.JsonWriter;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngagementSectionsTest {
    static EngagementAnalysis.Result analyse(int posts, boolean counts) {
        EngagementAnalysis a = new EngagementAnalysis(ZoneId.of("UTC"), 100, 10_000);
        Instant t = Instant.parse("2026-03-02T00:00:00Z");
        for (int i = 0; i < posts; i++) {
            long likes = counts ? (i % 24 == 18 ? 100 : 10) + i % 7 : -1;
            a.add(EngagementPost.of(i % 3 == 0 ? "<b>x</b>" : "user_" + i % 5, t.plusSeconds(3600L * i),
                    "post " + i, counts ? likes / 10 : -1, counts ? likes / 3 : -1, likes));
        }
        return a.finish();
    }

    @Test
    void sectionsHaveChartsAndEscapeAuthorNames() {
        EngagementAnalysis.Result r = analyse(300, true);
        ActivitySection activity = new ActivitySection(r.patterns());
        assertTrue(activity.chart().isPresent());
        String json = JsonWriter.write(activity.chart().get().option());
        assertTrue(json.contains("\"heatmap\""), json);
        assertTrue(activity.html().contains("&lt;b&gt;x&lt;/b&gt;"));
        assertFalse(activity.html().contains("<b>x</b>"));
        EngagementModelSection model = new EngagementModelSection(r, 0);
        assertTrue(model.chart().isPresent());
        assertTrue(model.html().contains("author running mean"));
        assertTrue(JsonWriter.write(model.chart().get().option()).contains("\"scatter\""));
    }

    @Test
    void withoutCountsTheModelSectionSaysWhy() {
        EngagementAnalysis.Result r = analyse(30, false);
        EngagementModelSection model = new EngagementModelSection(r, 0);
        assertTrue(model.chart().isEmpty());
        assertTrue(model.html().contains("no-data"), model.html());
        assertTrue(model.html().contains("at least 50"), model.html());
        assertEquals("engagement-activity", new ActivitySection(r.patterns()).id());
    }

    @Test
    void chartOptionsAreTheSameEveryRun() {
        String a = JsonWriter.write(new ActivitySection(analyse(200, true).patterns()).chart().get().option());
        String b = JsonWriter.write(new ActivitySection(analyse(200, true).patterns()).chart().get().option());
        assertEquals(a, b);
    }
}
