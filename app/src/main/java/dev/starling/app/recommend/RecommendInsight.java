package dev.starling.app.recommend;

import dev.starling.analysis.pipeline.AnalyzedPost;
import dev.starling.analysis.recommend.PostRecommender;
import dev.starling.app.insight.Insight;
import dev.starling.app.insight.InsightContext;
import dev.starling.app.report.ReportSection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The report's recommendation section: for a few representative posts (the most engaged original
 * posts, one per author) their nearest neighbours, and a "for you" list for the most active
 * author. Keeps at most {@value #MAX_POSTS} posts (a uniform sample beyond), so its memory and the
 * embedding time at the end stay bounded on large corpora.
 */
public final class RecommendInsight implements Insight {
    /** Embedding at the end costs roughly 1,000 posts per 5-10 s on two cores: this keeps analyze near its 300 posts/s on big corpora. */
    static final int MAX_POSTS = 1000;
    static final int EXAMPLES = 3;
    static final int NEIGHBOURS = 5;
    static final int FOR_YOU = 10;

    private final PostCorpus corpus = new PostCorpus(MAX_POSTS);

    @Override
    public String name() {
        return "recommend";
    }

    @Override
    public void add(AnalyzedPost post) {
        corpus.add(post);
    }

    @Override
    public List<ReportSection> finish(InsightContext context) {
        if (corpus.size() < 2) {
            return List.of(new RecommendSection(List.of(), null, List.of(), corpus.seen(), corpus.size()));
        }
        long start = System.nanoTime();
        PostRecommender rec = corpus.build(context.kernels(), context.seed(), (done, total) -> { });
        List<RecommendSection.Example> examples = new ArrayList<>();
        for (int item : representative(rec)) {
            examples.add(new RecommendSection.Example(rec.items().get(item), hits(rec, rec.moreLikeThis(item, NEIGHBOURS))));
        }
        String user = rec.mostActiveAuthor().orElse(null);
        List<RecommendSection.Shown> forYou = user == null ? List.of() : hits(rec, rec.forYou(user, FOR_YOU));
        context.stdout().printf("recommend: %d posts embedded and indexed in %.1f s; neighbours of %d posts, %d for-you picks for %s%n",
                corpus.size(), (System.nanoTime() - start) / 1e9, examples.size(), forYou.size(), user);
        return List.of(new RecommendSection(examples, user, forYou, corpus.seen(), corpus.size()));
    }

    /** The most engaged original posts with some text, one per author (ties: earlier in the corpus). */
    static List<Integer> representative(PostRecommender rec) {
        List<PostRecommender.Item> items = rec.items();
        List<Integer> order = IntStream.range(0, items.size()).boxed()
                .filter(i -> !items.get(i).isRepost() && items.get(i).text().strip().length() >= 20)
                .sorted(Comparator.comparingLong((Integer i) -> -items.get(i).engagement()).thenComparingInt(i -> i))
                .toList();
        List<Integer> picked = new ArrayList<>();
        java.util.Set<String> authors = new java.util.HashSet<>();
        for (int i : order) {
            if (picked.size() < EXAMPLES && authors.add(items.get(i).author())) {
                picked.add(i);
            }
        }
        return picked;
    }

    private static List<RecommendSection.Shown> hits(PostRecommender rec, List<PostRecommender.Hit> hits) {
        return hits.stream().map(h -> new RecommendSection.Shown(rec.items().get(h.item()), h.score())).toList();
    }
}
