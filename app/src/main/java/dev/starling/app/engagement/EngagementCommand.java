package dev.starling.app.engagement;

import dev.starling.analysis.engagement.EngagementAnalysis;
import dev.starling.analysis.engagement.EngagementDefaults;
import dev.starling.analysis.engagement.EngagementEvaluation;
import dev.starling.analysis.engagement.EngagementPost;
import dev.starling.analysis.engagement.FiveThirtyEightTweets;
import dev.starling.analysis.privacy.PrivacyFilter;
import dev.starling.analysis.privacy.PrivacyPolicy;
import dev.starling.analysis.privacy.PseudonymKey;
import dev.starling.analysis.readers.PostReaders;
import dev.starling.analysis.readers.PostStream;
import dev.starling.app.analyze.Inputs;
import dev.starling.app.cli.CliException;
import dev.starling.app.cli.DataOptions;
import dev.starling.app.cli.ExitCodes;
import dev.starling.app.io.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code starling engagement}: activity patterns, best time to post and predicted engagement; {@code --evaluate} the table. */
@Command(name = "engagement", mixinStandardHelpOptions = true,
        description = {"Engagement of posts: when each author posts (hour of day x day of week), the best time to post "
                + "(the hour and day whose posts beat the author's usual level most), and predicted replies, reposts and likes "
                + "from the text, the author's earlier posts and the time.",
            "",
            "With no INPUT, reads the bundled sample in examples/sample. Posts are privacy-protected first (accounts "
                + "pseudonymised, personal data redacted), as in analyze. When at least 50 posts carry reply, repost and like "
                + "counts, a model is trained on the earlier 80% and checked on the latest 20% against two baselines "
                + "(the author's running mean and text length); --output then gets one prediction per post.",
            "",
            "--evaluate instead reproduces the published table on ../shared/datasets/fivethirtyeight-twitter "
                + "(two accounts' tweets with counts, time-split: train on the past, test on the future).", ""},
        footer = {"", "Exit codes:", "  0 done", "  1 internal error", "  2 bad usage",
            "  3 an input (or the datasets folder) could not be read"})
public final class EngagementCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files of posts (default: the bundled sample).")
    List<Path> inputs;

    @Option(names = "--evaluate", description = "Evaluate on the FiveThirtyEight tweets and print the table (Spearman, MAE of log1p).")
    boolean evaluate;

    @Mixin
    DataOptions data;

    @Option(names = "--format", paramLabel = "NAME", description = "Read every input in this format instead of sniffing it.")
    String format;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone of hours and days (e.g. Europe/Berlin; default: ${DEFAULT-VALUE}).")
    String zone;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5", description = "Authors listed (most active first; default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write predictions (JSONL, one post per line) here; with --evaluate, the table as JSON.")
    Path output;

    @Option(names = "--max-posts", paramLabel = "N", defaultValue = "200000",
            description = "Posts kept for modelling (patterns count every post; default: ${DEFAULT-VALUE}).")
    int maxPosts;

    @Option(names = "--privacy-key", paramLabel = "FILE", description = "Key file for pseudonyms (as in analyze).")
    Path privacyKey;

    @Override
    public Integer call() throws IOException {
        if (top < 0 || maxPosts < 1) {
            throw new CliException(ExitCodes.USAGE, "--top must be >= 0 and --max-posts >= 1");
        }
        PrintStream out = System.out;
        if (evaluate) {
            EngagementEvaluation.Result r = evaluate(data.resolve());
            EngagementPrinter.evaluation(out, r, "fivethirtyeight-twitter/twitter-ratio");
            if (output != null) {
                EngagementJson.writeEvaluation(output, r);
            }
            return ExitCodes.OK;
        }
        EngagementAnalysis analysis = new EngagementAnalysis(zoneId(), EngagementInsight.MAX_AUTHORS, maxPosts);
        boolean failed = read(analysis);
        EngagementAnalysis.Result r = analysis.finish();
        EngagementPrinter.patterns(out, r.patterns(), top);
        EngagementPrinter.corpus(out, r);
        if (output != null) {
            EngagementJson.writePredictions(output, r.predictions(), r.heldOut());
            out.println("predictions: " + r.predictions().size() + " posts -> " + output);
        }
        return failed ? ExitCodes.IO : ExitCodes.OK;
    }

    private static EngagementEvaluation.Result evaluate(Path datasets) {
        Path dir = datasets.resolve(FiveThirtyEightTweets.DIR);
        if (!Files.isDirectory(dir)) {
            throw new CliException(ExitCodes.IO, "dataset not found: " + dir);
        }
        try {
            List<EngagementPost> posts = FiveThirtyEightTweets.read(datasets);
            return EngagementEvaluation.run(posts, EngagementDefaults.TEST_FRACTION, EngagementDefaults.HASH_BITS,
                    EngagementDefaults.LAMBDAS);
        } catch (IOException e) {
            throw new CliException(ExitCodes.IO, "cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Reads, protects and adds every post; true when an input could not be read at all. */
    private boolean read(EngagementAnalysis analysis) {
        List<Path> files;
        try {
            files = Inputs.resolve(inputs);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        }
        if (format != null && PostReaders.format(format).isEmpty()) {
            throw new CliException(ExitCodes.USAGE, "unknown format '" + format + "'; known: " + String.join(", ", PostReaders.formatNames()));
        }
        PrivacyFilter filter = PrivacyFilter.standard(PrivacyPolicy.defaults(), key());
        Progress progress = new Progress(System.err, "engagement", -1, Progress.stderrIsTerminal());
        long n = 0;
        boolean failed = false;
        for (Path f : files) {
            try (PostStream posts = PostReaders.open(f, Optional.ofNullable(format))) {
                while (posts.hasNext()) {
                    analysis.add(EngagementPost.from(filter.protect(posts.next())));
                    progress.update(++n);
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                System.err.println("engagement: cannot read " + f + ": " + e.getMessage());
                failed = true;
            }
        }
        progress.finish(n);
        return failed;
    }

    private ZoneId zoneId() {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new CliException(ExitCodes.USAGE, "unknown time zone '" + zone + "'");
        }
    }

    private PseudonymKey key() {
        try {
            return PseudonymKey.resolve(privacyKey);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            throw new CliException(ExitCodes.IO, "pseudonym key: " + e.getMessage(), e);
        }
    }
}
