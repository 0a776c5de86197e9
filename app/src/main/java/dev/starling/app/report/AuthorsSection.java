package dev.starling.app.report;

import java.util.List;

/** The most active authors, by handle (pseudonymised when privacy is on), with their posts and likes. */
final class AuthorsSection implements ReportSection {
    private final List<AuthorStat> authors;

    AuthorsSection(List<AuthorStat> authors) {
        this.authors = authors;
    }

    @Override
    public String id() {
        return "authors";
    }

    @Override
    public String title() {
        return "Top authors";
    }

    @Override
    public String html() {
        if (authors.isEmpty()) {
            return Html.noData("no author information");
        }
        Html.Table table = new Html.Table("Author", "Posts", "Likes");
        for (AuthorStat a : authors) {
            table.row(a.handle(), a.posts(), a.likes());
        }
        return table.html();
    }
}
