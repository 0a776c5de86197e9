package dev.starling.app.trends;

import dev.starling.analysis.lang.Detection;
import dev.starling.analysis.pipeline.AnalyzedPost;
import dev.starling.analysis.pipeline.Flag;
import dev.starling.analysis.posts.Author;
import dev.starling.analysis.posts.Platform;
import dev.starling.analysis.posts.Post;
import dev.starling.analysis.privacy.PrivacyFilter;
import dev.starling.analysis.privacy.PrivacyPolicy;
import dev.starling.analysis.privacy.PseudonymKey;
import dev.starling.analysis.text.NormalizedText;
import dev.starling.app.insight.Insight;
import dev.starling.app.insight.InsightContext;
import dev.starling.app.insight.InsightOptions;
import dev.starling.app.insight.Insights;
import dev.starling.app.llm.Llm;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    private static AnalyzedPost spam(String id) {
        Post p = new Post(id, Platform.X, new Author("bot", "bot", null, 10L), Instant.parse("2026-06-01T10:00:00Z"),
                "buy-followers now", "en", null, null, null, null, List.of("buy-followers"), List.of("victim"), List.of(), List.of());
        return new AnalyzedPost(p, new NormalizedText(p.text(), p.text(), List.of()), new Detection("en", 1.0), Map.of(), Map.of(),
                List.of(new Flag("spam", "spam", 0.99)));
    }

    @Test
    void spamFlaggedPostsAreLeftOut() throws IOException {
        TrendsInsight trends = new TrendsInsight();
        InfluenceInsight influence = new InfluenceInsight();
        for (int i = 0; i < 30; i++) {
            var p = spam("spam" + i);
            trends.add(p);
            influence.add(p);
        }
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        InsightContext ctx = new InsightContext(dir, null, out, out, 42);
        String t = page(trends.finish(ctx));
        String i = page(influence.finish(ctx));
        assertTrue(t.contains("30 spam-flagged post(s) are left out") && t.contains("No data: no dated post"), t);
        assertTrue(i.contains("30 spam-flagged post(s) were left out"), i);
        assertFalse(i.contains("buy-followers"), i);
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

    @Test
    void analyzeLlmPutsASummaryInTheAlertsSection() throws IOException {
        PrivacyFilter privacy = PrivacyFilter.standard(PrivacyPolicy.defaults(), PseudonymKey.of(SampleCorpus.KEY));
        try (CompletionServer server = new CompletionServer(prompt -> "A <b>kettle</b> recall made people angry.");
             Llm llm = Llm.open(server.url(), null, privacy)) {
            TrendsInsight trends = new TrendsInsight();
            trends.configure(InsightOptions.none().withLlm(llm.generator()));
            List<ReportSection> sections = run(trends, new ByteArrayOutputStream());
            String alerts = sections.get(1).html();
            assertTrue(alerts.contains("<th>summary</th>"), alerts);
            assertTrue(alerts.contains("<td>A &lt;b&gt;kettle&lt;/b&gt; recall made people angry</td>"), alerts);
            assertTrue(!server.requests.isEmpty() && server.requests.size() <= AlertsSection.SHOWN, "requests: " + server.requests.size());
        }
        assertFalse(page(run(new TrendsInsight(), new ByteArrayOutputStream())).contains("<th>summary</th>"), "no --llm, no summaries");
    }

    @Test
    void analyzeTrackMakesShareOfVoiceFollowTheGivenTerms() throws IOException {
        InfluenceInsight influence = new InfluenceInsight();
        influence.configure(new InsightOptions(List.of("BrewMate", " Lumio X5 ", "")));
        ReportSection sov = run(influence, new ByteArrayOutputStream()).get(1);
        assertTrue(sov.html().contains("the tracked terms"), sov.html());
        String chart = JsonWriter.write(sov.chart().orElseThrow().option());
        assertTrue(chart.contains("\"name\":\"brewmate\"") && chart.contains("\"name\":\"lumio x5\""), chart);
        assertFalse(chart.contains("\"name\":\"#"), "no hashtag series when terms are tracked: " + chart);
    }
}
