package dev.starling.app.trends;

import dev.starling.analysis.influence.AuthorRank;
import dev.starling.analysis.influence.InfluenceCollector;
import dev.starling.analysis.influence.InfluenceResult;
import dev.starling.analysis.influence.PageRank;
import dev.starling.analysis.influence.ShareOfVoice;
import dev.starling.analysis.influence.SovTable;
import dev.starling.app.cli.CliException;
import dev.starling.app.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code starling influence}: accounts by PageRank, reach and engagement; share of voice per week. */
@Command(name = "influence", mixinStandardHelpOptions = true,
        description = {"Rank accounts by centrality in the interaction graph (weighted PageRank, damping 0.85: an edge from "
                + "whoever reposts, quotes, answers or mentions to the account acted on, weights 1, 1, 0.75, 0.5), and show "
                + "their rank by reach (followers, then views) and by engagement (likes + reposts + replies + quotes).", "",
            "Share of voice: per week, the posts naming each --track term (a hashtag equal to it, or the text containing it "
                + "as a word or phrase) as a share of all posts naming any of them; without --track, the most used hashtags.", "",
            "Posts are privacy-protected first, so accounts are pseudonyms (the same key gives the same pseudonyms as analyze).", ""},
        footer = {"", "Example: starling influence --track \"BrewMate,Lumio X5\"", ExitCodes.HELP_FOOTER})
public final class InfluenceCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Option(names = "--track", paramLabel = "TERM", split = ",", description = "Terms or brands for share of voice (case ignored).")
    List<String> track;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Accounts to print (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        if (top < 1) {
            throw new CliException(ExitCodes.USAGE, "--top must be >= 1");
        }
        InfluenceCollector graph = new InfluenceCollector();
        ShareOfVoice sov = new ShareOfVoice(track == null ? List.of() : track);
        corpus.forEach(System.err, "influence", p -> {
            graph.add(p);
            sov.add(p);
        });
        InfluenceResult r = graph.finish(PageRank.standard());
        printRanks(System.out, r);
        printShare(System.out, sov.table(track == null ? InfluenceInsight.SOV_TERMS : track.size()));
        return ExitCodes.OK;
    }

    private void printRanks(PrintStream out, InfluenceResult r) {
        out.println(AuthorRankingSection.summary(r));
        out.printf(Locale.ROOT, "%n%4s  %-20s %8s %8s %6s %10s %10s %6s %6s%n", "#", "account", "pagerank", "in-wt", "posts",
                "followers", "engagement", "reach#", "eng#");
        for (AuthorRank a : r.ranks().subList(0, Math.min(top, r.ranks().size()))) {
            out.printf(Locale.ROOT, "%4d  %-20s %8.4f %8.2f %6d %10s %10d %6d %6d%n", a.byPageRank(), a.author(), a.pageRank(),
                    a.inWeight(), a.posts(), a.followers() < 0 ? "-" : Long.toString(a.followers()), a.engagement(), a.byReach(),
                    a.byEngagement());
        }
    }

    private static void printShare(PrintStream out, SovTable t) {
        out.printf(Locale.ROOT, "%nShare of voice per week (%s)%n", t.explicit() ? "tracked terms" : "top hashtags");
        out.printf(Locale.ROOT, "%-12s", "week of");
        t.counts().keySet().forEach(term -> out.printf(Locale.ROOT, " %14s", abbreviate(term)));
        out.println();
        for (int w = 0; w < t.weeks().size(); w++) {
            out.printf(Locale.ROOT, "%-12s", t.weeks().get(w));
            for (String term : t.counts().keySet()) {
                out.printf(Locale.ROOT, " %4d (%5.1f%%)", t.counts().get(term)[w], 100 * t.share(term, w));
            }
            out.println();
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 14 ? s : s.substring(0, 13) + "…";
    }
}
