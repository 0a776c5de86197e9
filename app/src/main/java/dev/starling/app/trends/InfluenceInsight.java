package dev.starling.app.trends;

import dev.starling.analysis.influence.InfluenceCollector;
import dev.starling.analysis.influence.InfluenceResult;
import dev.starling.analysis.influence.PageRank;
import dev.starling.analysis.influence.ShareOfVoice;
import dev.starling.analysis.pipeline.AnalyzedPost;
import dev.starling.app.insight.Insight;
import dev.starling.app.insight.InsightContext;
import dev.starling.app.insight.InsightOptions;
import dev.starling.app.report.ReportSection;

import java.util.List;

/**
 * The report's influence: accounts ranked by PageRank, reach and engagement; share of voice of the top
 * hashtags, or of the terms given to {@code analyze --track}. Spam-flagged posts are left out (spam rings mention and repost each other to look central).
 */
public final class InfluenceInsight implements Insight {
    /** Hashtags in the share-of-voice chart. */
    static final int SOV_TERMS = 6;
    private final InfluenceCollector collector = new InfluenceCollector();
    private List<String> track = List.of();
    private ShareOfVoice sov = new ShareOfVoice(track);
    private long spam;

    @Override
    public String name() {
        return "influence";
    }

    /** {@code analyze --track}: the share of voice follows these terms instead of the top hashtags. */
    @Override
    public void configure(InsightOptions options) {
        track = options.track();
        sov = new ShareOfVoice(track);
    }

    @Override
    public void add(AnalyzedPost post) {
        if (SpamFlags.isSpam(post)) {
            spam++;
            return;
        }
        collector.add(post.post());
        sov.add(post.post());
    }

    @Override
    public List<ReportSection> finish(InsightContext context) {
        InfluenceResult r = collector.finish(PageRank.standard());
        context.stdout().println("influence: " + r.accounts() + " accounts, " + r.edges() + " interactions"
                + (r.ranks().isEmpty() ? "" : ", most central " + r.ranks().get(0).author()));
        return List.of(new AuthorRankingSection(r, spam), new ShareOfVoiceSection(sov.table(track.isEmpty() ? SOV_TERMS : track.size())));
    }
}
