package dev.starling.app.recommend;

import dev.starling.analysis.recommend.PostRecommender;
import dev.starling.app.report.Html;
import dev.starling.app.report.ReportSection;

import java.util.List;

/** "More like this" for a few posts and "for you" for the most active author, as tables. */
final class RecommendSection implements ReportSection {
    /** A recommended post and its score. */
    record Shown(PostRecommender.Item item, double score) {
    }

    /** A representative post and its nearest neighbours. */
    record Example(PostRecommender.Item post, List<Shown> neighbours) {
    }

    private final List<Example> examples;
    private final String user;
    private final List<Shown> forYou;
    private final long seen;
    private final int indexed;

    RecommendSection(List<Example> examples, String user, List<Shown> forYou, long seen, int indexed) {
        this.examples = List.copyOf(examples);
        this.user = user;
        this.forYou = List.copyOf(forYou);
        this.seen = seen;
        this.indexed = indexed;
    }

    @Override
    public String id() {
        return "recommend";
    }

    @Override
    public String title() {
        return "Recommendations";
    }

    @Override
    public boolean wide() {
        return true;
    }

    @Override
    public String html() {
        if (examples.isEmpty() && forYou.isEmpty()) {
            return Html.noData("too few posts to recommend from");
        }
        StringBuilder sb = new StringBuilder();
        sb.append(Html.paragraph(String.format("%,d posts embedded with all-MiniLM-L6-v2 and indexed (HNSW)%s. "
                + "More like this: nearest neighbours by cosine, diversified (MMR). For you: similarity to the account's "
                + "history, engagement, recent activity and the accounts it interacts with; reposts and its own posts left out.",
                indexed, seen > indexed ? String.format(" (a uniform sample of %,d)", seen) : "")));
        for (Example e : examples) {
            sb.append(Html.paragraph("More like " + e.post().id() + " by " + e.post().author() + ": "
                    + PostCorpus.snippet(e.post().text(), 140)));
            sb.append(table(e.neighbours(), "Similarity"));
        }
        if (user != null) {
            sb.append(Html.paragraph("For you: " + user + " (the most active author)"));
            sb.append(table(forYou, "Score"));
        }
        return sb.toString();
    }

    private static String table(List<Shown> rows, String scoreName) {
        Html.Table t = new Html.Table("#", scoreName, "Post", "Author", "Text");
        int rank = 1;
        for (Shown s : rows) {
            t.row(rank++, s.score(), s.item().id(), s.item().author(), PostCorpus.snippet(s.item().text(), 140));
        }
        return t.html();
    }
}
