package dev.starling.app.engagement;

import java.util.LinkedHashMap;
import java.util.Map;

/** Ordered maps for chart options: why not {@code Map.of}: its iteration order changes between runs, and the report should not. */
final class ChartMaps {
    private ChartMaps() {
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
