package dev.starling.app.trends;

import java.util.LinkedHashMap;
import java.util.Map;

/** ECharts option maps for the trends and influence charts (ordered, mutable, as {@code Charts} builds them). */
final class Options {
    private Options() {
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static Map<String, Object> base() {
        return map("animation", false, "tooltip", map("trigger", "axis"), "legend", map("top", 0, "type", "scroll"),
                "grid", map("left", 24, "right", 40, "top", 40, "bottom", 8, "containLabel", true),
                "textStyle", map("fontFamily", "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"));
    }
}
