package dev.starling.app.topics;

import dev.starling.analysis.pipeline.AnalyzedPost;
import dev.starling.analysis.topics.TopicConfig;
import dev.starling.analysis.llm.LlmTopicLabeler;
import dev.starling.analysis.topics.TopicPipeline;
import dev.starling.app.insight.InsightOptions;
import dev.starling.analysis.topics.Topics;
import dev.starling.analysis.trends.SeasonalBurstDetector;
import dev.starling.analysis.trends.TopicBursts;
import dev.starling.app.insight.Insight;
import dev.starling.app.insight.InsightContext;
import dev.starling.app.io.Progress;
import dev.starling.app.report.ReportSection;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Topics in {@code analyze}'s report. To keep {@code analyze} fast and its memory bounded on large
 * corpora, it keeps a reservoir sample of at most {@link #MAX_POSTS} posts (every post of a smaller
 * corpus) and embeds only those at the end; {@code starling topics} covers every post.
 */
public final class TopicsInsight implements Insight {
    private InsightOptions options = InsightOptions.none();

    /** ~20 s of embedding on two cores: a bounded share of a long analyze run. */
    static final int MAX_POSTS = 10_000;
    /** The reservoir's own seed: insights see the run's seed only at the end. */
    private static final long RESERVOIR_SEED = 0x5eed_70b1c5L;

    private final List<TopicRun.Item> kept = new ArrayList<>();
    private final SplittableRandom reservoir = new SplittableRandom(RESERVOIR_SEED);
    private long seen;

    @Override
    public String name() {
        return "topics";
    }

    @Override
    public void add(AnalyzedPost post) {
        seen++;
        if (kept.size() < MAX_POSTS) {
            kept.add(TopicRun.Item.of(post));
            return;
        }
        long j = reservoir.nextLong(seen);   // Algorithm R: each post stays with probability MAX / seen
        if (j < MAX_POSTS) {
            kept.set((int) j, TopicRun.Item.of(post));
        }
    }

    @Override
    public void configure(InsightOptions o) {
        options = o;
    }

    @Override
    public List<ReportSection> finish(InsightContext context) throws IOException {
        if (kept.size() < 10) {
            return List.of(new TopicsSection(new Topics(List.of(), kept.size(), kept.size(), new java.util.TreeMap<>(),
                    new java.util.TreeMap<>(), List.of()), ""));
        }
        TopicPipeline pipeline = TopicPipeline.standard(TopicConfig.defaults().withSeed(context.seed()));
        if (options.llm().isPresent()) {
            pipeline = pipeline.withLabeler(new LlmTopicLabeler(options.llm().get())); // analyze --llm: labels by the model
        }
        Progress progress = new Progress(context.stderr(), "topics", kept.size(), Progress.stderrIsTerminal());
        Topics topics = TopicRun.inMemory(kept, TopicRun.minilm(context.kernels()), pipeline, progress);
        progress.finish(kept.size());
        List<TopicBursts.Burst> bursts = TopicBursts.find(topics, true, SeasonalBurstDetector.defaults()); // day buckets
        TopicsJson.write(topics, bursts, Map.of("seed", context.seed(), "sampled_from", seen), context.out().resolve("topics.json"));
        context.stdout().printf("topics: %d topics over %,d posts%s (topics.json)%n", topics.topics().size(), topics.posts(),
                seen > kept.size() ? " sampled from " + String.format("%,d", seen) : "");
        String note = seen > kept.size()
                ? "Computed on a random sample of " + kept.size() + " of " + seen + " posts; `starling topics` covers all."
                : "";
        return List.of(new TopicsSection(topics, note), new TopicsOverTimeSection(topics, bursts));
    }
}
