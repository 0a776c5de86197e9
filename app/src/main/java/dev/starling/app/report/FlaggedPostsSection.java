package dev.starling.app.report;

import java.util.List;

/** Posts a classifier flagged (spam, abuse …), with the reasons; the text is redacted and escaped. */
final class FlaggedPostsSection implements ReportSection {
    private final List<FlaggedPost> posts;
    private final long total;

    FlaggedPostsSection(List<FlaggedPost> posts, long total) {
        this.posts = posts;
        this.total = total;
    }

    @Override
    public String id() {
        return "flagged";
    }

    @Override
    public String title() {
        return "Flagged posts";
    }

    @Override
    public boolean wide() {
        return true;
    }

    @Override
    public String html() {
        if (posts.isEmpty()) {
            return Html.noData("no post was flagged");
        }
        String count = total > posts.size()
                ? Html.count(total) + " posts were flagged; the first " + Html.count(posts.size()) + " are listed."
                : Html.count(total) + " posts were flagged.";
        Html.Table table = new Html.Table("Time", "Author", "Post", "Reasons");
        for (FlaggedPost p : posts) {
            table.row(p.time() == null ? "" : HtmlReport.TIME.format(p.time()), p.author(), p.text(), p.reasons());
        }
        return Html.paragraph(count) + table.html();
    }
}
