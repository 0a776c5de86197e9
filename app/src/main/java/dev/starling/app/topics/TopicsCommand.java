package dev.starling.app.topics;

import dev.starling.analysis.privacy.PrivacyFilter;
import dev.starling.analysis.privacy.PrivacyPolicy;
import dev.starling.analysis.privacy.PseudonymKey;
import dev.starling.analysis.topics.TimeBucket;
import dev.starling.analysis.topics.Topic;
import dev.starling.analysis.topics.TopicConfig;
import dev.starling.analysis.topics.TopicPipeline;
import dev.starling.analysis.topics.Topics;
import dev.starling.analysis.trends.SeasonalBurstDetector;
import dev.starling.analysis.trends.TopicBursts;
import dev.starling.app.analyze.Inputs;
import dev.starling.app.cli.CliException;
import dev.starling.app.cli.ExitCodes;
import dev.starling.app.io.Progress;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import dev.starling.store.PostStore;
import picocli.CommandLine.Command;
import dev.starling.analysis.llm.LlmTopicLabeler;
import dev.starling.app.llm.Llm;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code starling topics}: topic mining over posts from files or the store. */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = {"Find the topics of a corpus: posts are protected and embedded (all-MiniLM-L6-v2), reduced by PCA, "
                + "clustered by HDBSCAN on a seeded sample, and every post joins the topic of its nearest sampled neighbour "
                + "(posts in no dense region join the nearest topic unless --keep-outliers). Keywords are chosen among the best "
                + "c-TF-IDF words (no stop words; Chinese as character bigrams) for how often they occur together in the "
                + "topic's posts.",
            "",
            "Writes DIR/topics.json (topics, keywords, sizes, representative posts, counts per day or week and per platform, "
                + "the merge hierarchy) and prints the topics. With no INPUT, the bundled sample; --db reads the posts that "
                + "`analyze` stored. The same --seed gives the same topics.", ""},
        footer = ExitCodes.HELP_FOOTER)
public final class TopicsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Post files in any format `analyze` reads (default: the bundled sample).")
    List<Path> inputs;

    @Option(names = "--db", paramLabel = "FILE", description = "Read the posts stored by `analyze` in this DuckDB file instead of INPUT.")
    Path db;

    @Option(names = "--format", paramLabel = "NAME", description = "Input format (default: sniffed from the content).")
    String format;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--topics", paramLabel = "N", defaultValue = "0",
            description = "Merge the most similar topics until N are left (default: as many as HDBSCAN finds).")
    int target;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "3000",
            description = "Posts the reduction and clustering are fitted on (default: ${DEFAULT-VALUE}); the rest are assigned.")
    int sample;

    @Option(names = "--min-cluster-size", paramLabel = "N", defaultValue = "0",
            description = "HDBSCAN's smallest topic, in sampled posts (default: max(5, sample/300)).")
    int minClusterSize;

    @Option(names = "--keep-outliers", description = "Leave posts in no dense region without a topic instead of reassigning them.")
    boolean keepOutliers;

    @Option(names = "--incremental",
            description = "Fit on the first --sample posts, then stream the rest in blocks: memory bounded for corpora of any size.")
    boolean incremental;

    @Option(names = "--bucket", paramLabel = "day|week", defaultValue = "day", description = "Time bucket of the counts over time (default: ${DEFAULT-VALUE}).")
    String bucket;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Compute threads (default: all CPUs).")
    Integer threads;

    @Option(names = "--llm", paramLabel = "URL|MODEL",
            description = "Label topics with a language model: an OpenAI-compatible server URL (llama.cpp, Ollama, vLLM) or a local model file; "
                    + "posts are redacted before it sees them (default: keyword labels).")
    String llm;

    @Option(names = "--privacy-key", paramLabel = "FILE", description = "Key file for pseudonyms.")
    Path privacyKey;

    @Override
    public Integer call() throws IOException {
        TopicConfig config = config();
        Kernels kernels = KernelRegistry.create(threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        Thread.ofPlatform().daemon().name("starling-warmup").start(kernels::warmUp);
        try (PostItems items = items()) {
            Files.createDirectories(out);
            long start = System.nanoTime();
            Progress progress = new Progress(System.err, "topics", -1, Progress.stderrIsTerminal());
            TopicPipeline pipeline = TopicPipeline.standard(config);
            Llm model = llm == null ? null : Llm.open(llm, kernels, privacy());
            if (model != null) {
                pipeline = pipeline.withLabeler(new LlmTopicLabeler(model.generator()));
            }
            Topics topics = incremental
                    ? TopicRun.incremental(items, TopicRun.minilm(kernels), pipeline, progress)
                    : TopicRun.inMemory(collect(items), TopicRun.minilm(kernels), pipeline, progress);
            progress.finish(topics.posts());
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("seed", seed);
            run.put("sample", sample);
            run.put("incremental", incremental);
            run.put("skipped_records", items.skipped());
            List<TopicBursts.Burst> bursts = TopicBursts.find(topics, config.bucket() == TimeBucket.DAY, SeasonalBurstDetector.defaults());
            TopicsJson.write(topics, bursts, run, out.resolve("topics.json"));
            if (model != null) {
                model.close();
            }
            print(topics, bursts, seconds);
            return ExitCodes.OK;
        } catch (UncheckedIOException e) {
            throw new CliException(ExitCodes.IO, "cannot read input: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
        } finally {
            kernels.parallel().close();
        }
    }

    private TopicConfig config() {
        try {
            TimeBucket b = parseBucket(bucket);
            return TopicConfig.defaults().withSeed(seed).withTargetTopics(target).withSampleSize(sample)
                    .withMinClusterSize(minClusterSize).withReassignOutliers(!keepOutliers).withBucket(b);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage().equals("invalid topic settings")
                    ? "--topics, --sample (>= 2) and --min-cluster-size must not be negative" : e.getMessage());
        }
    }

    private static TimeBucket parseBucket(String name) {
        for (TimeBucket b : TimeBucket.values()) {
            if (b.name().equalsIgnoreCase(name)) {
                return b;
            }
        }
        throw new IllegalArgumentException("--bucket must be day or week, not '" + name + "'");
    }

    private PrivacyFilter privacy() {
        try {
            return PrivacyFilter.standard(PrivacyPolicy.defaults(), PseudonymKey.resolve(privacyKey));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        }
    }

    private PostItems items() {
        PrivacyFilter privacy = privacy();
        if (db != null) {
            if (inputs != null && !inputs.isEmpty()) {
                throw new CliException(ExitCodes.USAGE, "give INPUT files or --db, not both");
            }
            if (!Files.isRegularFile(db)) {
                throw new CliException(ExitCodes.IO, "no such database: " + db);
            }
            try (PostStore store = PostStore.open(db)) {
                return PostItems.ofPosts(privacy, store.posts());
            }
        }
        try {
            return PostItems.ofFiles(privacy, Inputs.resolve(inputs), Optional.ofNullable(format));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        }
    }

    private static List<TopicRun.Item> collect(PostItems items) {
        List<TopicRun.Item> all = new ArrayList<>();
        items.forEachRemaining(all::add);
        if (all.size() < 2) {
            throw new CliException(ExitCodes.USAGE, "topics need at least 2 posts, got " + all.size());
        }
        return all;
    }

    private static void print(Topics t, List<TopicBursts.Burst> bursts, double seconds) {
        System.out.printf("%d topics over %,d posts (%.1f%% without a topic) in %.1f s%n",
                t.topics().size(), t.posts(), 100 * t.outlierShare(), seconds);
        for (Topic topic : TopicsSection.largest(t)) {
            System.out.printf("%4d  %,7d  %s%n", topic.id(), topic.size(), String.join(", ", topic.words(8)));
        }
        for (TopicBursts.Burst b : bursts.subList(0, Math.min(5, bursts.size()))) {
            System.out.printf("spike: topic %d (%s) on %s, %,d posts against %.1f expected (z %.1f)%n",
                    b.topic(), b.label(), b.day(), b.count(), b.expected(), b.z());
        }
    }
}
