package dev.starling.app.trends;

import dev.starling.app.insight.Insight;
import dev.starling.app.insight.InsightContext;
import dev.starling.app.insight.Insights;
import dev.starling.app.report.ReportSection;
import dev.starling.engine.json.JsonWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The insights on the bundled sample (740 posts, MANIFEST.json): the planted stories come out, no raw account does. */
class TrendsOnTheSampleTest {
    @TempDir
    static Path dir;
    static SampleCorpus sample;

    @BeforeAll
    static void load() throws IOException {
        sample = SampleCorpus.load();
        assertEquals(740, sample.posts.size());
    }

    private static List<ReportSection> run(Insight insight, ByteArrayOutputStream stdout) throws IOException {
        sample.posts.forEach(insight::add);
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        return insight.finish(new InsightContext(dir, null, out, out, 42));
    }

    private static String page(List<ReportSection> sections) {
        StringBuilder sb = new StringBuilder();
        for (ReportSection s : sections) {
            sb.append(s.title()).append(s.html());
            s.chart().ifPresent(c -> sb.append(JsonWriter.write(c.option())));
        }
        return sb.toString();
    }

    @Test
    void bothInsightsAreRegistered() {
        List<String> names = Insights.load(Set.of()).stream().map(Insight::name).toList();
        assertTrue(names.containsAll(List.of("trends", "influence")), names.toString());
    }

    @Test
    void theRecallAndLaunchSpikesAreFoundAndExplained() throws IOException {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        List<ReportSection> sections = run(new TrendsInsight(), stdout);
        assertEquals(List.of("trends-over-time", "trend-alerts"), sections.stream().map(ReportSection::id).toList());
        String alerts = sections.get(1).html();
        // MANIFEST / README: the BrewMate recall spikes on 23 June, the Lumio X5 launch on 9 June (10 June in UTC for some)
        assertTrue(alerts.contains("2026-06-23 (tue)") && alerts.contains("brewmate"), alerts);
        assertTrue(alerts.matches("(?s).*2026-06-(09|10) \\((tue|wed)\\)</td><td>#?lumio.*"), alerts);
        assertTrue(stdout.toString(StandardCharsets.UTF_8).startsWith("trends: 43 day(s)"), stdout.toString());
        String chart = JsonWriter.write(sections.get(0).chart().orElseThrow().option());
        assertTrue(chart.contains("\"markPoint\"") && chart.contains("\"coord\":[\"2026-06-23\""), chart);
        assertTrue(alerts.contains("user_"), "authors are pseudonyms");
    }

    @Test
    void influenceRanksAccountsAndSharesVoiceBetweenTheStories() throws IOException {
        List<ReportSection> sections = run(new InfluenceInsight(), new ByteArrayOutputStream());
        assertEquals(List.of("influence", "share-of-voice"), sections.stream().map(ReportSection::id).toList());
        String ranking = sections.get(0).html();
        assertTrue(ranking.contains("<td>user_"), ranking);
        assertTrue(ranking.matches("(?s).*\\d+ reply ×0\\.75.*"), ranking);
        String sov = JsonWriter.write(sections.get(1).chart().orElseThrow().option());
        assertTrue(sov.contains("\"stack\":\"share\""), sov);
        assertTrue(sov.contains("week of 2026-06-01"), sov);
    }

    @Test
    void noRawAccountReachesTheReport() throws IOException {
        String all = page(run(new TrendsInsight(), new ByteArrayOutputStream())) + page(run(new InfluenceInsight(), new ByteArrayOutputStream()));
        assertFalse(sample.rawAccounts.isEmpty());
        for (String handle : sample.rawAccounts) {
            assertFalse(all.contains("@" + handle) || all.contains(">" + handle + "<") || all.contains(handle + " ("),
                    "raw account in the report: " + handle);
        }
    }
}
