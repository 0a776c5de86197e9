package dev.starling.app.report;

import dev.starling.engine.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The written page without a browser: self-contained, escaped, written atomically. */
class HtmlReportTest {
    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void thePageReferencesNothingOutsideItselfAndInlinesECharts() throws Exception {
        String page = HtmlReport.render(ReportFixtures.realistic(), StandardSections.of(ReportFixtures.realistic()));

        String markup = SCRIPT.matcher(page).replaceAll("<script></script>");
        Matcher refs = Pattern.compile("\\b(src|href|action|srcset|poster|data)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE).matcher(markup);
        while (refs.find()) {
            assertTrue(refs.group(2).startsWith("#"), "external reference: " + refs.group());
        }
        assertFalse(Pattern.compile("<(link|iframe|object|embed|img)\\b", Pattern.CASE_INSENSITIVE).matcher(markup).find());
        assertFalse(markup.contains("@import"));
        assertFalse(Pattern.compile("url\\(\\s*['\"]?(https?:)?//").matcher(markup).find());
        String echarts;
        try (InputStream in = HtmlReport.class.getResourceAsStream("/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js")) {
            echarts = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(echarts.length() > 500_000, "the full library, not a stub");
        assertTrue(scripts(page).stream().anyMatch(s -> s[1].equals(echarts)), "ECharts is inlined verbatim");
        // the scripts name no address to load: only XML namespaces and licence links
        Matcher urls = Pattern.compile("https?://[^\\s\"'()]*").matcher(String.join("\n", scripts(page).stream().map(s -> s[1]).toList()));
        while (urls.find()) {
            String url = urls.group();
            assertTrue(url.startsWith("http://www.w3.org/") || url.contains("/LICENSE") || url.contains("/licenses/"), url);
        }
    }

    @Test
    void everyInlineScriptIsAllowedByTheContentSecurityPolicyAndNothingElse() {
        String page = HtmlReport.render(ReportFixtures.realistic(), StandardSections.of(ReportFixtures.realistic()));
        Matcher csp = Pattern.compile("http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"").matcher(page);
        assertTrue(csp.find());
        List<String> allowed = new ArrayList<>();
        Matcher hashes = Pattern.compile("'(sha256-[^']+)'").matcher(csp.group(1));
        while (hashes.find()) {
            allowed.add(hashes.group(1));
        }
        List<String> executable = scripts(page).stream().filter(s -> !s[0].contains("application/json")).map(s -> sha256(s[1])).toList();
        assertEquals(3, executable.size(), "error collector, ECharts, renderer");
        assertEquals(executable, allowed);
        assertTrue(csp.group(1).startsWith("default-src 'none';"), "nothing may be fetched");
        String scriptSrc = csp.group(1).substring(csp.group(1).indexOf("script-src"));
        assertFalse(scriptSrc.contains("unsafe"), "no inline script runs unless it is one of ours");
    }

    @Test
    void postTextIsEscapedInTheMarkupAndCannotLeaveTheDataElement() {
        ReportData data = ReportFixtures.realistic();
        String page = HtmlReport.render(data, StandardSections.of(data));

        assertFalse(page.contains("<script>alert(1)"));
        assertFalse(page.contains("<img src=x"));
        assertFalse(page.contains("<b onmouseover"));
        assertFalse(page.contains("<i>markup</i>"));
        assertTrue(page.contains(Html.escape(ReportFixtures.HOSTILE_TEXT)));
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &lt;/script&gt;"));
        assertTrue(page.contains("<title>Analysis of &lt;fake&gt; posts &amp; friends</title>"));
        assertTrue(page.contains("note with &lt;i&gt;markup&lt;/i&gt;"));

        String[] dataScript = scripts(page).stream().filter(s -> s[0].contains("id=\"data\"")).findFirst().orElseThrow();
        assertFalse(dataScript[1].contains("<"), "no '<' inside the data element");
        assertFalse(dataScript[1].contains("\u2028"));
        @SuppressWarnings("unchecked")
        Map<String, Object> hashtags = (Map<String, Object>) ((Map<String, Object>) Json.parseObject(dataScript[1]).get("charts")).get("hashtags");
        assertTrue(hashtags.toString().contains("#" + ReportFixtures.HOSTILE_TAG), "the hostile tag survives as data");
    }

    @Test
    void scriptSafeJsonReadsBackToTheSameValues() {
        String text = "a</script><!-- b & c > d \u2028 e \u2029 \"q\" \\ \n";
        String json = HtmlReport.scriptSafeJson(Map.of("k", List.of(text, 1L)));
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&") || json.contains("\u2028"));
        assertEquals(Map.of("k", List.of(text, 1L)), Json.parse(json));
    }

    @Test
    void sectionsWithoutDataSayNoDataAndDrawNoChart() {
        ReportData data = ReportFixtures.empty();
        String page = HtmlReport.render(data, StandardSections.of(data));

        assertFalse(page.contains("class=\"chart\""), "no chart box");
        assertFalse(page.contains("Licensed to the Apache Software Foundation"), "no chart library when nothing is charted");
        for (String id : List.of("sentiment-over-time", "emotion-over-time", "languages", "hashtags", "authors",
                "labels", "flagged", "personal-data")) {
            int start = page.indexOf("<section id=\"" + id + "\"");
            assertTrue(start >= 0, id);
            assertTrue(page.substring(start, page.indexOf("</section>", start)).contains("No data"), id);
        }
        assertTrue(page.contains("No record was skipped."));
    }

    @Test
    void chartDataMatchesTheReportData() {
        ReportData data = ReportFixtures.realistic();
        String page = HtmlReport.render(data, StandardSections.of(data));
        String json = scripts(page).stream().filter(s -> s[0].contains("id=\"data\"")).findFirst().orElseThrow()[1];
        @SuppressWarnings("unchecked")
        Map<String, Object> charts = (Map<String, Object>) Json.parseObject(json).get("charts");
        assertEquals(List.of("languages", "sentiment-over-time", "emotion-over-time", "hashtags", "personal-data"),
                List.copyOf(charts.keySet()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> series = (List<Map<String, Object>>) ((Map<String, Object>) charts.get("sentiment-over-time")).get("series");
        TimeSeries sentiment = data.overTime().get("sentiment");
        for (Map<String, Object> s : series) {
            String label = (String) s.get("name");
            long sum = ((List<?>) s.get("data")).stream().mapToLong(v -> (Long) v).sum();
            assertEquals(sentiment.total(label), sum, label);
            assertEquals(data.labelCounts().get("sentiment").get(label), sum, label);
        }
        assertEquals(ReportFixtures.POSTS, sentiment.labels().stream().mapToLong(sentiment::total).sum());
    }

    @Test
    void writeReplacesTheFileAtomicallyAndKeepsTheOldOneWhenRenderingFails() throws IOException {
        Path out = dir.resolve("report.html");
        Files.writeString(out, "previous report");
        ReportData data = ReportFixtures.realistic();
        List<ReportSection> clashing = List.of(StandardSections.of(data).get(0), StandardSections.of(data).get(0));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HtmlReport.write(data, clashing, out));
        assertTrue(e.getMessage().contains("\"summary\""), e.getMessage());
        assertEquals("previous report", Files.readString(out));

        HtmlReport.write(data, out);
        assertTrue(Files.readString(out).startsWith("<!DOCTYPE html>"));
        assertTrue(Files.readString(out).endsWith("</html>\n"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void badSectionIdsAreRejected() {
        ReportData data = ReportFixtures.empty();
        for (String id : List.of("Upper", "with space", "\"quote", "data", "js-errors", "")) {
            ReportSection bad = new ReportSection() {
                public String id() { return id; }
                public String title() { return "t"; }
                public String html() { return ""; }
            };
            assertThrows(IllegalArgumentException.class, () -> HtmlReport.render(data, List.of(bad)), id);
        }
    }

    /** Each script element as {attributes, content}. */
    private static List<String[]> scripts(String page) {
        List<String[]> out = new ArrayList<>();
        Matcher m = SCRIPT.matcher(page);
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2)});
        }
        return out;
    }

    private static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
