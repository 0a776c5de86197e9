package dev.starling.app.report;

import java.util.Map;

/** A table of label counts with each label's share. */
final class LabelTable {
    private LabelTable() {
    }

    static String of(Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Html.Table table = new Html.Table("Label", "Posts", "Share");
        counts.forEach((label, n) -> table.row(label, n, new Html.Share(n, total)));
        return table.html();
    }
}
