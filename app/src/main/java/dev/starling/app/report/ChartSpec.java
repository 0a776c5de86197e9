package dev.starling.app.report;

import java.util.Map;
import java.util.Objects;

/**
 * A chart to draw: an ECharts option (nested maps, lists, strings, numbers and booleans, as
 * {@code echarts.setOption} takes it once parsed from JSON) and the height of its box.
 * Build options with {@link Charts}.
 *
 * @param option   the ECharts option, serialisable by {@link dev.starling.engine.json.JsonWriter}
 * @param heightPx the height of the chart box in CSS pixels (the width follows the page)
 */
public record ChartSpec(Map<String, Object> option, int heightPx) {
    public ChartSpec {
        Objects.requireNonNull(option, "option");
        if (heightPx <= 0) {
            throw new IllegalArgumentException("chart height must be positive: " + heightPx);
        }
    }

    /** A chart of the usual height. */
    public static ChartSpec of(Map<String, Object> option) {
        return new ChartSpec(option, 320);
    }
}
