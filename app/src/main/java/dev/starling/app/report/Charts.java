package dev.starling.app.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the ECharts options the report uses, as plain maps and lists. Animation is off: a report
 * is read, not watched, and a drawn chart must be complete as soon as the page has loaded.
 */
public final class Charts {
    /** Colours for the well-known labels, so that "negative" is red in every chart; others use the palette. */
    private static final Map<String, String> LABEL_COLOURS = Map.ofEntries(
            Map.entry("negative", "#d9534f"), Map.entry("neutral", "#9aa3ad"), Map.entry("positive", "#3fa66a"),
            Map.entry("anger", "#d9534f"), Map.entry("joy", "#f0ad4e"), Map.entry("optimism", "#3fa66a"),
            Map.entry("sadness", "#4a7fc1"));
    private static final String ACCENT = "#4a7fc1";

    private Charts() {
    }

    /** Stacked areas, one per label, over categorical x values (e.g. days). */
    public static Map<String, Object> stackedArea(List<String> x, Map<String, List<Long>> series) {
        List<Object> lines = new ArrayList<>();
        for (Map.Entry<String, List<Long>> e : series.entrySet()) {
            Map<String, Object> line = map("name", e.getKey(), "type", "line", "stack", "total",
                    "areaStyle", map("opacity", 0.35), "showSymbol", false, "data", e.getValue(),
                    "emphasis", map("focus", "series"));
            String colour = LABEL_COLOURS.get(e.getKey());
            if (colour != null) {
                line.put("itemStyle", map("color", colour));
                line.put("lineStyle", map("color", colour, "width", 1.5));
            }
            lines.add(line);
        }
        Map<String, Object> option = base("axis");
        option.put("legend", map("top", 0));
        option.put("xAxis", map("type", "category", "boundaryGap", false, "data", x));
        option.put("yAxis", map("type", "value", "minInterval", 1));
        option.put("series", lines);
        return option;
    }

    /** Horizontal bars, first category on top, each bar labelled with its value. */
    public static Map<String, Object> horizontalBar(String name, List<String> categories, List<Long> values) {
        Map<String, Object> option = base("axis");
        option.put("xAxis", map("type", "value", "minInterval", 1));
        option.put("yAxis", map("type", "category", "inverse", true, "data", categories,
                "axisLabel", map("width", 160, "overflow", "truncate")));
        option.put("series", List.of(map("name", name, "type", "bar", "data", values,
                "itemStyle", map("color", ACCENT), "label", map("show", true, "position", "right"))));
        return option;
    }

    /** Vertical bars, each labelled with its value. */
    public static Map<String, Object> bar(String name, List<String> categories, List<Long> values) {
        Map<String, Object> option = base("axis");
        option.put("xAxis", map("type", "category", "data", categories, "axisLabel", map("interval", 0)));
        option.put("yAxis", map("type", "value", "minInterval", 1));
        option.put("series", List.of(map("name", name, "type", "bar", "data", values,
                "itemStyle", map("color", ACCENT), "label", map("show", true, "position", "top"))));
        return option;
    }

    /** A ring chart of shares. */
    public static Map<String, Object> pie(String name, Map<String, Long> values) {
        List<Object> data = new ArrayList<>();
        values.forEach((k, v) -> {
            Map<String, Object> item = map("name", k, "value", v);
            String colour = LABEL_COLOURS.get(k);
            if (colour != null) {
                item.put("itemStyle", map("color", colour));
            }
            data.add(item);
        });
        Map<String, Object> option = base("item");
        option.put("series", List.of(map("name", name, "type", "pie", "radius", List.of("35%", "65%"),
                "data", data, "label", map("formatter", "{b} {d}%"))));
        return option;
    }

    private static Map<String, Object> base(String tooltipTrigger) {
        return map("animation", false, "tooltip", map("trigger", tooltipTrigger),
                "grid", map("left", 24, "right", 40, "top", 36, "bottom", 8, "containLabel", true),
                "textStyle", map("fontFamily", "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"));
    }

    /** An ordered, mutable map from alternating keys and values. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
