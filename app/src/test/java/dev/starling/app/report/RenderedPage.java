package dev.starling.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the browser tests need from a DOM dump: the error box, the ready flag, the chart boxes. */
record RenderedPage(String dom) {
    private static final Pattern CHART_BOX = Pattern.compile("<div class=\"chart\"[^>]*>");
    private static final Pattern ERRORS = Pattern.compile("<pre id=\"js-errors\">(.*?)</pre>", Pattern.DOTALL);

    /** One chart container: its attributes and the markup up to the end of its section. */
    record ChartBox(String name, String status, int points, String inner) {
    }

    boolean ready() {
        return Pattern.compile("<body[^>]*\\sdata-report-ready=\"true\"").matcher(dom).find();
    }

    /** The text of {@code <pre id="js-errors">}; null when the element is missing. */
    String errors() {
        int body = dom.indexOf("<body");
        Matcher m = ERRORS.matcher(dom);
        return body >= 0 && m.find(body) ? m.group(1) : null;
    }

    List<ChartBox> charts() {
        List<ChartBox> boxes = new ArrayList<>();
        Matcher m = CHART_BOX.matcher(dom);
        while (m.find()) {
            String tag = m.group();
            int end = dom.indexOf("</section>", m.end());
            String points = attribute(tag, "data-points");
            boxes.add(new ChartBox(attribute(tag, "data-chart"), attribute(tag, "data-chart-status"),
                    points == null ? -1 : Integer.parseInt(points), dom.substring(m.end(), end < 0 ? dom.length() : end)));
        }
        return boxes;
    }

    ChartBox chart(String name) {
        return charts().stream().filter(c -> name.equals(c.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no chart box named " + name));
    }

    /** The markup of {@code <section id="…">} up to its end. */
    String section(String id) {
        int start = dom.indexOf("<section id=\"" + id + "\"");
        if (start < 0) {
            throw new AssertionError("no section " + id);
        }
        return dom.substring(start, dom.indexOf("</section>", start));
    }

    static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
    }
}
