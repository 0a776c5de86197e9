package dev.starling.app.explain;

import dev.starling.analysis.explain.Attribution;
import dev.starling.analysis.explain.Explanation;
import dev.starling.app.report.Html;
import dev.starling.app.report.ReportSection;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * "Why these posts were flagged": each explained flagged post with its tokens highlighted, green
 * where they raised the flagged label's score and red where they lowered it, and its top tokens.
 */
final class ExplainSection implements ReportSection {
    private final List<FlaggedExplanation> rows;
    private final long flagged;
    private final int steps;

    ExplainSection(List<FlaggedExplanation> rows, long flagged, int steps) {
        this.rows = rows;
        this.flagged = flagged;
        this.steps = steps;
    }

    @Override
    public String id() {
        return "explain";
    }

    @Override
    public String title() {
        return "Why posts were flagged";
    }

    @Override
    public boolean wide() {
        return true;
    }

    @Override
    public String html() {
        if (rows.isEmpty()) {
            return Html.noData("no post was flagged");
        }
        StringBuilder sb = new StringBuilder(Html.paragraph(String.format(Locale.ROOT,
                "%s flags of %s flagged posts explained: green words raised the flagged label's score, red ones lowered it. "
                        + "Spam: exact shares of the spam model's log-odds; abuse: integrated gradients (%d steps) of the "
                        + "label's probability from an all-[PAD] baseline. The shares add up to score minus baseline score, "
                        + "within the gap shown.", Html.count(rows.size()), Html.count(flagged), steps)));
        sb.append("<div class=\"table-wrap\"><table><thead><tr><th>Author</th><th>Reason</th><th>Post, highlighted</th>"
                + "<th>Top tokens</th><th>Gap</th></tr></thead><tbody>");
        for (FlaggedExplanation r : rows) {
            Explanation e = r.explanation();
            sb.append("<tr><td>").append(Html.escape(r.author())).append("</td><td>")
                    .append(Html.escape(r.flag().task() + ": " + r.flag().reason())).append("</td><td>")
                    .append(highlighted(e)).append("</td><td>")
                    .append(Html.escape(e.top(3).stream().map(a -> String.format(Locale.ROOT, "%s %+.2f", a.token(), a.value()))
                            .collect(Collectors.joining(", "))))
                    .append("</td><td class=\"num\">").append(Html.escape(String.format(Locale.ROOT, "%.1e", Math.abs(e.completenessGap()))))
                    .append("</td></tr>");
        }
        return sb.append("</tbody></table></div>").toString();
    }

    /** The tokens as spans with a background ∝ attribution (green +, red −) and the value as a tooltip. */
    static String highlighted(Explanation e) {
        double max = e.maxMagnitude();
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Attribution a : e.tokens()) {
            if (!first && !a.joined()) {
                sb.append(' ');
            }
            first = false;
            double s = max == 0 ? 0 : Math.min(1, Math.abs(a.value()) / max);
            String rgb = a.value() >= 0 ? "22,163,74" : "220,38,38";
            sb.append(String.format(Locale.ROOT, "<span style=\"background:rgba(%s,%.2f)\" title=\"%+.4f\">", rgb, 0.75 * s, a.value()))
                    .append(Html.escape(a.token())).append("</span>");
        }
        return sb.toString();
    }
}
