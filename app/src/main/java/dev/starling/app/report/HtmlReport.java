package dev.starling.app.report;

import dev.starling.app.io.AtomicOutput;
import dev.starling.engine.json.JsonWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the report as one self-contained HTML file: inline stylesheet, inline scripts (ECharts
 * included), the chart data as embedded JSON, no reference to anything outside the file.
 *
 * <p>Defence in depth against hostile post text: every text is escaped where it is rendered, the
 * embedded JSON has no {@code <}, {@code >} or {@code &} left, and a content security policy lets
 * only the page's own scripts (by hash) run, so even a missed escape could not execute.
 */
public final class HtmlReport {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final Pattern SECTION_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** Element ids the page itself uses. */
    private static final Set<String> RESERVED_IDS = Set.of("data", "js-errors");

    private HtmlReport() {
    }

    /** Writes the standard sections ({@link StandardSections#of}) of {@code data} to {@code out}, atomically. */
    public static void write(ReportData data, Path out) throws IOException {
        write(data, StandardSections.of(data), out);
    }

    /**
     * Writes a page with these sections, in this order, to {@code out}: the file appears only when
     * complete (a temporary file renamed over the target).
     */
    public static void write(ReportData data, List<ReportSection> sections, Path out) throws IOException {
        String page = render(data, sections);
        try (AtomicOutput output = new AtomicOutput(out)) {
            output.writer().write(page);
            output.commit();
        }
    }

    /** The page as text: header from {@code data}, then the sections. */
    public static String render(ReportData data, List<ReportSection> sections) {
        checkIds(sections);
        Map<String, Object> charts = new LinkedHashMap<>();
        StringBuilder body = new StringBuilder();
        for (ReportSection section : sections) {
            body.append(section(section, charts));
        }
        List<String> scripts = charts.isEmpty()
                ? List.of(PageAssets.RENDER_JS) : List.of(PageAssets.echarts(), PageAssets.RENDER_JS);
        StringBuilder page = new StringBuilder(body.length() + 1_100_000);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(contentSecurityPolicy(PageAssets.ERRORS_JS, scripts)).append("\">\n")
                .append("<meta name=\"generator\" content=\"Starling\">\n")
                .append("<title>").append(Html.escape(data.title())).append("</title>\n")
                .append("<style>\n").append(PageAssets.CSS).append("</style>\n")
                .append("<script>").append(PageAssets.ERRORS_JS).append("</script>\n")
                .append("</head>\n<body>\n").append(header(data, sections))
                .append("<pre id=\"js-errors\"></pre>\n<main>\n").append(body).append("</main>\n")
                .append(footer(!charts.isEmpty()))
                .append("<script type=\"application/json\" id=\"data\">")
                .append(scriptSafeJson(Map.of("charts", charts))).append("</script>\n");
        for (String script : scripts) {
            page.append("<script>").append(script).append("</script>\n");
        }
        return page.append("</body>\n</html>\n").toString();
    }

    /**
     * JSON that cannot end or confuse the {@code <script>} element holding it: {@code <}, {@code >}
     * and {@code &} (which JSON allows only inside strings) become {@code \}{@code u003c}-style
     * escapes, as do U+2028 and U+2029. {@code JSON.parse} reads the same values back.
     */
    static String scriptSafeJson(Object value) {
        String json = JsonWriter.write(value);
        StringBuilder sb = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String section(ReportSection section, Map<String, Object> charts) {
        StringBuilder sb = new StringBuilder();
        sb.append("<section id=\"").append(section.id()).append('"')
                .append(section.wide() ? " class=\"wide\"" : "").append(">\n<h2>")
                .append(Html.escape(section.title())).append("</h2>\n");
        section.chart().ifPresent(chart -> {
            charts.put(section.id(), chart.option());
            sb.append("<div class=\"chart\" id=\"chart-").append(section.id()).append("\" data-chart=\"")
                    .append(section.id()).append("\" data-chart-status=\"pending\" style=\"height:")
                    .append(chart.heightPx()).append("px\"></div>\n");
        });
        return sb.append(section.html()).append("\n</section>\n").toString();
    }

    private static String footer(boolean withCharts) {
        return "<footer>Made by Starling." + (withCharts ? " Charts drawn with Apache ECharts " + PageAssets.ECHARTS_VERSION
                + " (Apache License 2.0), included in this file." : "") + "</footer>\n";
    }

    private static String header(ReportData data, List<ReportSection> sections) {
        StringBuilder sb = new StringBuilder("<header>\n<h1>").append(Html.escape(data.title())).append("</h1>\n");
        String meta = "Generated " + TIME.format(data.generatedAt()) + " · " + Html.count(data.postCount())
                + " posts by " + Html.count(data.authorCount()) + " authors";
        if (data.timeRange() != null) {
            meta += " · " + TIME.format(data.timeRange().first()) + " to " + TIME.format(data.timeRange().last());
        }
        sb.append("<p class=\"meta\">").append(Html.escape(meta)).append("</p>\n<nav>");
        for (ReportSection section : sections) {
            sb.append("<a href=\"#").append(section.id()).append("\">").append(Html.escape(section.title())).append("</a>");
        }
        return sb.append("</nav>\n</header>\n").toString();
    }

    private static void checkIds(List<ReportSection> sections) {
        Set<String> seen = new HashSet<>();
        for (ReportSection section : sections) {
            if (!SECTION_ID.matcher(section.id()).matches() || RESERVED_IDS.contains(section.id())) {
                throw new IllegalArgumentException("bad section id \"" + section.id() + "\": lower-case letters, digits, '-'");
            }
            if (!seen.add(section.id())) {
                throw new IllegalArgumentException("two sections have the id \"" + section.id() + "\"");
            }
        }
    }

    /** Only the page's own scripts may run (by SHA-256), nothing may be fetched; inline styles are allowed. */
    private static String contentSecurityPolicy(String headScript, List<String> bodyScripts) {
        StringBuilder sb = new StringBuilder("default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src");
        sb.append(" '").append(sha256(headScript)).append('\'');
        for (String script : bodyScripts) {
            sb.append(" '").append(sha256(script)).append('\'');
        }
        return sb.toString();
    }

    private static String sha256(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
