package dev.starling.app.report;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opens written reports in headless Chromium and checks what was drawn, from the DOM after the
 * page's scripts ran. Tagged "browser": runs in the browser profile ({@code -Pbrowser}), and fails
 * (does not skip) when Chromium is missing.
 */
@Tag("browser")
class ReportBrowserTest {
    @TempDir
    Path dir;

    @Test
    void everyChartIsDrawnWithDataAndNoScriptErrors() throws Exception {
        ReportData data = ReportFixtures.realistic();
        RenderedPage page = open(data, StandardSections.of(data));

        assertTrue(page.ready(), "the page script ran to the end (body data-report-ready)");
        assertEquals("", page.errors(), "no JavaScript errors");
        List<RenderedPage.ChartBox> charts = page.charts();
        assertEquals(List.of("languages", "sentiment-over-time", "emotion-over-time", "hashtags", "personal-data"),
                charts.stream().map(RenderedPage.ChartBox::name).toList());
        for (RenderedPage.ChartBox chart : charts) {
            assertEquals("drawn", chart.status(), chart.name());
            assertTrue(chart.points() > 0, chart.name() + " has data points");
            assertTrue(chart.inner().contains("<svg"), chart.name() + " drew an SVG");
            assertTrue(countOf(chart.inner(), "<path") >= 2, chart.name() + " drew shapes");
        }
        TimeSeries sentiment = data.overTime().get("sentiment");
        assertEquals(sentiment.labels().size() * sentiment.starts().size(), page.chart("sentiment-over-time").points());
        assertEquals(data.topHashtags().size(), page.chart("hashtags").points());
        assertEquals(data.redactions().size(), page.chart("personal-data").points());
    }

    @Test
    void hostileTextIsShownAsTextAndNothingInjectedRuns() throws Exception {
        ReportData data = ReportFixtures.realistic();
        RenderedPage page = open(data, StandardSections.of(data));

        assertTrue(page.ready());
        assertEquals("", page.errors(), "no script error and no blocked script");
        assertFalse(page.dom().contains("data-pwned"), "an injected script or handler ran");
        String flagged = page.section("flagged");
        assertTrue(flagged.contains("free followers!!! &lt;script&gt;alert(1)&lt;/script&gt; &lt;/script&gt;"),
                "the post text is shown literally");
        assertTrue(flagged.contains("&lt;img src=x onerror=\"document.documentElement.dataset.pwned='img'\"&gt;"));
        assertTrue(page.section("authors").contains("&lt;b onmouseover=\"alert(2)\"&gt;@user_evil&lt;/b&gt;"));
        assertFalse(page.dom().contains("<script>alert(1)"));
        assertFalse(page.dom().contains("<b onmouseover"));
        assertFalse(page.dom().contains("<img src=\"x\""));
        assertTrue(page.dom().contains("<title>Analysis of &lt;fake&gt; posts &amp; friends</title>"));
    }

    @Test
    void aSectionWithoutDataSaysSoAndTheRestIsDrawn() throws Exception {
        ReportData data = ReportFixtures.withoutSentimentAndHashtags();
        RenderedPage page = open(data, StandardSections.of(data));

        assertTrue(page.ready());
        assertEquals("", page.errors());
        for (String id : List.of("sentiment-over-time", "hashtags")) {
            String section = page.section(id);
            assertTrue(section.contains("No data"), id + " says it has no data");
            assertFalse(section.contains("class=\"chart\""), id + " has no chart box");
            assertFalse(section.contains("<svg"), id + " drew nothing");
        }
        List<String> drawn = page.charts().stream().filter(c -> c.status().equals("drawn"))
                .map(RenderedPage.ChartBox::name).toList();
        assertEquals(List.of("languages", "emotion-over-time", "personal-data"), drawn);
    }

    @Test
    void aReportWithNoDataAtAllLoadsWithoutErrors() throws Exception {
        ReportData data = ReportFixtures.empty();
        RenderedPage page = open(data, StandardSections.of(data));

        assertTrue(page.ready());
        assertEquals("", page.errors());
        assertEquals(List.of(), page.charts());
        for (String id : List.of("sentiment-over-time", "emotion-over-time", "languages", "hashtags", "authors",
                "labels", "flagged", "personal-data")) {
            assertTrue(page.section(id).contains("No data"), id + " says it has no data");
        }
        assertFalse(page.dom().contains("Licensed to the Apache Software Foundation"), "no chart, so no chart library");
    }

    /** The checks above can fail: a chart ECharts cannot draw is marked failed and reported. */
    @Test
    void aChartThatCannotBeDrawnIsMarkedFailedAndReported() throws Exception {
        ReportData data = ReportFixtures.realistic();
        List<ReportSection> sections = new ArrayList<>(StandardSections.of(data));
        sections.add(new BrokenChartSection());
        RenderedPage page = open(data, sections);

        assertTrue(page.ready(), "one bad chart does not stop the others");
        assertEquals("failed", page.chart("broken").status());
        assertNotNull(page.errors());
        assertTrue(page.errors().contains("chart \"broken\""), page.errors());
        assertEquals("drawn", page.chart("languages").status());
    }

    private RenderedPage open(ReportData data, List<ReportSection> sections) throws Exception {
        Path file = dir.resolve("report.html");
        HtmlReport.write(data, sections, file);
        return new RenderedPage(HeadlessChromium.dumpDom(file, dir));
    }

    private static int countOf(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** A section whose chart names a series type ECharts does not have. */
    private static final class BrokenChartSection implements ReportSection {
        @Override
        public String id() {
            return "broken";
        }

        @Override
        public String title() {
            return "Broken";
        }

        @Override
        public String html() {
            return "";
        }

        @Override
        public Optional<ChartSpec> chart() {
            return Optional.of(ChartSpec.of(Map.of("series", List.of(Map.of("type", "no-such-series", "data", List.of(1, 2, 3))))));
        }
    }
}
