package dev.starling.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The text the page inlines: its stylesheet and scripts (resources beside this class) and the
 * ECharts library from its webjar. Loaded once; each script is checked to hold no sequence that
 * would end or confuse its {@code <script>} element.
 */
final class PageAssets {
    /** The ECharts version, which is also the webjar's version (org.webjars.npm:echarts). */
    static final String ECHARTS_VERSION = "5.3.1";
    static final String ECHARTS_RESOURCE = "/META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js";

    static final String CSS = resource("report.css");
    static final String ERRORS_JS = script("errors.js", resource("errors.js"));
    static final String RENDER_JS = script("render.js", resource("render.js"));

    private PageAssets() {
    }

    /** The ECharts library; a holder class so that only pages with charts pay for reading ~1 MB. */
    static String echarts() {
        return Echarts.SCRIPT;
    }

    private static final class Echarts {
        static final String SCRIPT = script(ECHARTS_RESOURCE, resource(ECHARTS_RESOURCE));
    }

    private static String resource(String name) {
        try (InputStream in = PageAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("report resource " + name + " is missing from the class path"
                        + (name.contains("webjars") ? " (dependency org.webjars.npm:echarts:" + ECHARTS_VERSION + ")" : ""));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report resource " + name, e);
        }
    }

    private static String script(String name, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("</script") || lower.contains("<!--") || lower.contains("<script")) {
            throw new IllegalStateException(name + " cannot be inlined: it contains a <script or <!-- sequence");
        }
        return text;
    }
}
