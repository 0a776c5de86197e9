package dev.starling.app.report;

import java.util.Map;

/** Per task, how many posts got each label. */
final class LabelsSection implements ReportSection {
    private final Map<String, Map<String, Long>> labelCounts;

    LabelsSection(Map<String, Map<String, Long>> labelCounts) {
        this.labelCounts = labelCounts;
    }

    @Override
    public String id() {
        return "labels";
    }

    @Override
    public String title() {
        return "Labels per task";
    }

    @Override
    public String html() {
        if (labelCounts.isEmpty()) {
            return Html.noData("no classifier ran");
        }
        Html.Table table = new Html.Table("Task", "Label", "Posts", "Share");
        labelCounts.forEach((task, counts) -> {
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            counts.forEach((label, n) -> table.row(task, label, n, new Html.Share(n, total)));
        });
        return table.html();
    }
}
