package dev.starling.app.report;

/** The key numbers: posts, authors, time range, sources read and records skipped. */
final class SummarySection implements ReportSection {
    private final ReportData data;

    SummarySection(ReportData data) {
        this.data = data;
    }

    @Override
    public String id() {
        return "summary";
    }

    @Override
    public String title() {
        return "Summary";
    }

    @Override
    public String html() {
        Html.Table table = new Html.Table("", "");
        table.row("Posts analysed", Html.count(data.postCount()));
        table.row("Authors", Html.count(data.authorCount()));
        if (data.timeRange() != null) {
            table.row("First post", HtmlReport.TIME.format(data.timeRange().first()));
            table.row("Last post", HtmlReport.TIME.format(data.timeRange().last()));
        } else {
            table.row("Time range", "no post carried a time");
        }
        table.row("Records read", Html.count(data.input().recordsRead()));
        table.row("Records skipped", Html.count(data.input().skippedCount()));
        table.row("Flagged posts", Html.count(data.flaggedTotal()));
        for (InputSummary.Source source : data.input().sources()) {
            table.row("Source " + source.path() + " (" + source.format() + ")", Html.count(source.records()) + " records");
        }
        table.row("Generated", HtmlReport.TIME.format(data.generatedAt()));
        return table.html();
    }
}
