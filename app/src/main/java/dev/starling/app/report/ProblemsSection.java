package dev.starling.app.report;

/** Records skipped while reading (with file:line and reason) and the run's notes and warnings. */
final class ProblemsSection implements ReportSection {
    private final InputSummary input;
    private final java.util.List<String> notes;

    ProblemsSection(InputSummary input, java.util.List<String> notes) {
        this.input = input;
        this.notes = notes;
    }

    @Override
    public String id() {
        return "problems";
    }

    @Override
    public String title() {
        return "Skipped records and notes";
    }

    @Override
    public boolean wide() {
        return true;
    }

    @Override
    public String html() {
        StringBuilder sb = new StringBuilder();
        long skipped = input.skippedCount();
        if (skipped == 0) {
            sb.append(Html.paragraph("No record was skipped."));
        } else {
            String shown = skipped > input.firstSkipped().size()
                    ? "; the first " + Html.count(input.firstSkipped().size()) + " are listed" : "";
            sb.append(Html.paragraph(Html.count(skipped) + " records were skipped" + shown + "."));
            Html.Table table = new Html.Table("Where", "Why");
            input.firstSkipped().forEach(s -> table.row(s.location(), s.reason()));
            sb.append(table.html());
        }
        if (notes.isEmpty()) {
            sb.append(Html.paragraph("No notes."));
        } else {
            sb.append("<ul class=\"notes\">");
            notes.forEach(n -> sb.append("<li>").append(Html.escape(n)).append("</li>"));
            sb.append("</ul>");
        }
        return sb.toString();
    }
}
