package dev.starling.app.engagement;

import dev.starling.analysis.engagement.EngagementAnalysis;
import dev.starling.analysis.engagement.EngagementEvaluation;
import dev.starling.analysis.engagement.EngagementPost;
import dev.starling.analysis.engagement.EngagementTarget;
import dev.starling.analysis.pipeline.AnalyzedPost;
import dev.starling.app.insight.Insight;
import dev.starling.app.insight.InsightContext;
import dev.starling.app.report.ReportSection;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The report's engagement part: the hour × weekday activity heat map with the best time to post
 * (overall and for the most active authors), and, where the corpus has enough posts with counts,
 * the model against both baselines on the corpus's latest 20% with predicted vs actual likes.
 * Cheap per post: a grid update and (for the first {@link #MAX_KEPT} posts) a compact copy.
 */
public final class EngagementInsight implements Insight {
    /** Authors with their own activity grid (the rest count towards the overall one only). */
    static final int MAX_AUTHORS = 20_000;
    /** Posts kept for the model (text capped): bounded memory on large corpora. */
    static final int MAX_KEPT = 20_000;

    /** A fixed ridge penalty: choosing one would cost a fit per candidate, and analyze must stay fast. One fit in all. */
    static final double LAMBDA = 30;

    private final EngagementAnalysis analysis = new EngagementAnalysis(ZoneId.of("UTC"), MAX_AUTHORS, MAX_KEPT,
            new double[]{LAMBDA}, false);

    @Override
    public String name() {
        return "engagement";
    }

    @Override
    public void add(AnalyzedPost post) {
        analysis.add(EngagementPost.from(post.post()));
    }

    @Override
    public List<ReportSection> finish(InsightContext context) {
        EngagementAnalysis.Result r = analysis.finish();
        context.stdout().println(summary(r));
        return List.of(new ActivitySection(r.patterns()), new EngagementModelSection(r, analysis.dropped()));
    }

    private static String summary(EngagementAnalysis.Result r) {
        String best = "engagement: best time to post " + EngagementPrinter.describe(r.patterns().overall().best(), r.patterns().zone());
        if (r.evaluation().isEmpty()) {
            return best + "; no model (" + r.note() + ")";
        }
        EngagementEvaluation.Result e = r.evaluation().get();
        return best + String.format(Locale.ROOT, "; likes on the latest %d posts: Spearman %.2f (author mean %.2f, length %.2f)",
                e.test(), e.row(EngagementTarget.LIKES, "model").spearman(),
                e.row(EngagementTarget.LIKES, "author running mean").spearman(), e.row(EngagementTarget.LIKES, "text length").spearman());
    }
}
