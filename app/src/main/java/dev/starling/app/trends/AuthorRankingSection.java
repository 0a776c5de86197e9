package dev.starling.app.trends;

import dev.starling.analysis.influence.AuthorRank;
import dev.starling.analysis.influence.InfluenceResult;
import dev.starling.analysis.influence.Interaction;
import dev.starling.app.report.Html;
import dev.starling.app.report.ReportSection;

import java.util.Locale;

/** The most central accounts by PageRank, with their reach and engagement ranks beside. */
final class AuthorRankingSection implements ReportSection {
    static final int SHOWN = 15;
    private final InfluenceResult result;
    private final long spamLeftOut;

    AuthorRankingSection(InfluenceResult result, long spamLeftOut) {
        this.result = result;
        this.spamLeftOut = spamLeftOut;
    }

    @Override
    public String id() {
        return "influence";
    }

    @Override
    public String title() {
        return "Influence: who is central";
    }

    @Override
    public boolean wide() {
        return true;
    }

    @Override
    public String html() {
        if (result.ranks().isEmpty()) {
            return Html.noData("no accounts" + (spamLeftOut == 0 ? "" : "; " + spamLeftOut + " spam-flagged post(s) were left out"));
        }
        Html.Table t = new Html.Table("#", "account", "PageRank", "weighted in-degree", "posts", "followers", "engagement",
                "rank by reach", "rank by engagement");
        for (AuthorRank r : result.ranks().subList(0, Math.min(SHOWN, result.ranks().size()))) {
            t.row(r.byPageRank(), r.author(), String.format(Locale.ROOT, "%.4f", r.pageRank()), r.inWeight(), r.posts(),
                    r.followers() < 0 ? "–" : Html.count(r.followers()), r.engagement(), r.byReach(), r.byEngagement());
        }
        String spam = spamLeftOut == 0 ? "" : Html.paragraph(spamLeftOut + " spam-flagged post(s) were left out of the graph and the share of voice.");
        return Html.paragraph(summary(result)) + spam + t.html();
    }

    static String summary(InfluenceResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(Html.count(r.accounts())).append(" accounts, ").append(Html.count(r.edges())).append(" interactions (");
        boolean first = true;
        for (Interaction k : Interaction.values()) {
            sb.append(first ? "" : ", ").append(r.edgesByKind().getOrDefault(k, 0)).append(' ')
                    .append(k.name().toLowerCase(Locale.ROOT)).append(" ×").append(k.weight());
            first = false;
        }
        sb.append("). PageRank (damping 0.85) over who reposts, quotes, answers and mentions whom; ")
                .append(r.unresolved()).append(" answer(s)/share(s) of posts outside the corpus give no edge. ")
                .append("Reach = followers, then views; engagement = likes + reposts + replies + quotes. Accounts are pseudonyms.");
        return sb.toString();
    }
}
