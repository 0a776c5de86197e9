package dev.starling.app.analyze;

import dev.starling.analysis.lang.LanguageIdentifier;
import dev.starling.analysis.pipeline.PostAnalyzer;
import dev.starling.analysis.pipeline.PostClassifier;
import dev.starling.analysis.privacy.PrivacyFilter;
import dev.starling.analysis.privacy.PrivacyPolicy;
import dev.starling.analysis.privacy.PseudonymKey;
import dev.starling.analysis.readers.PostReaders;
import dev.starling.analysis.text.SocialTextNormalizer;
import dev.starling.app.cli.CliException;
import dev.starling.app.cli.ExitCodes;
import dev.starling.app.insight.InsightOptions;
import dev.starling.app.llm.Llm;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code starling analyze}: posts in, a stored, privacy-safe, classified corpus and a report out. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse social media posts: read them (format sniffed; gzip transparent), redact personal data and "
                + "pseudonymise accounts, normalise, identify the language, classify (sentiment, emotion, offensive, spam, ...), "
                + "store everything in DuckDB, and write report.html and posts.jsonl.",
            "",
            "With no INPUT, analyses the bundled sample in examples/sample (several platforms and languages, six weeks).",
            "Malformed records are skipped, counted and listed with their line numbers; the rest is analysed.", ""},
        footer = {"", "Formats: x-v2, x-archive, reddit, mastodon, bluesky, csv, text (sniffed; --format overrides).",
            "Tasks: sentiment, emotion, irony, offensive, hate, spam (default: sentiment,emotion,offensive,spam).",
            "Personal data (e-mail, phone, card, IBAN, IP, URL secrets) is redacted and handles/ids pseudonymised with a",
            "keyed HMAC before anything is stored, shown or classified. Key: --privacy-key FILE, else $STARLING_PSEUDONYM_KEY,",
            "else ~/.config/starling/pseudonym.key (generated with owner-only permissions on first use).", "",
            "Exit codes:", "  0 done (skipped malformed records are reported, not failures)", "  1 internal error",
            "  2 bad usage", "  3 an input could not be read at all (the others were analysed)", "  4 a model could not be loaded"})
public final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files to analyse (default: the bundled sample).")
    List<Path> inputs;

    @Option(names = "--format", paramLabel = "NAME", description = "Read every input in this format instead of sniffing it.")
    String format;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "starling.duckdb", description = "DuckDB database (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--no-db", description = "Do not store anything in a database.")
    boolean noDb;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Where report.html and posts.jsonl go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--since", paramLabel = "TIME", description = "Only posts at or after this date/time (e.g. 2026-10-01 or 2026-10-01T12:00:00Z).")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "Only posts before this date/time (a date means its end).")
    String until;

    @Option(names = "--lang", paramLabel = "CODES", split = ",", description = "Only posts in these languages (ISO 639-1, e.g. en,zh).")
    Set<String> languages;

    @Option(names = "--tasks", paramLabel = "LIST", description = "Comma-separated tasks (default: sentiment,emotion,offensive,spam).")
    String tasks;

    @Option(names = "--separate-models",
            description = "Run each task's own fine-tuned model (one encoder pass per task: slower, a little more accurate) "
                    + "instead of heads sharing the sentiment model's encoder pass.")
    boolean separateModels;

    @Option(names = "--privacy", paramLabel = "MODES",
            description = "Per type: redact, mask, hash or keep, e.g. email=mask,phone=redact (default: accounts hashed, the rest redacted).")
    String privacy;

    @Option(names = "--privacy-key", paramLabel = "FILE", description = "Key file for pseudonyms.")
    Path privacyKey;

    @Option(names = {"-b", "--batch-size"}, paramLabel = "N", defaultValue = "256", description = "Posts per batch (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Compute threads (default: all CPUs).")
    Integer threads;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed for the corpus-level insights (topics …): the same seed gives the same result (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-insight", paramLabel = "NAMES", split = ",",
            description = "Skip these corpus-level insights (e.g. topics,trends); 'all' skips every one.")
    List<String> noInsight;

    @Option(names = "--track", paramLabel = "TERM", split = ",",
            description = "Terms or brands for the report's share of voice (case ignored; default: the most used hashtags).")
    List<String> track;

    @Option(names = "--llm", paramLabel = "URL|MODEL",
            description = "Write a one-sentence summary of each spike alert with this LLM: an OpenAI-compatible server URL "
                    + "or a local model (prompts pass the privacy filter first). Default: no summaries.")
    String llm;

    @Override
    public Integer call() throws IOException {
        AnalyzeOptions o = options();
        Kernels kernels = KernelRegistry.create(threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        try {
            List<PostClassifier> classifiers = loadClassifiers(o.tasks(), kernels, !separateModels);
            PrivacyFilter filter = PrivacyFilter.standard(o.policy(), key());
            PostAnalyzer analyzer = new PostAnalyzer(filter, SocialTextNormalizer.standard(), LanguageIdentifier.forSocialText(),
                    classifiers, Classifiers.FLAG_RULES, null, o.languageFilter());
            if (llm == null) {
                return new AnalysisRun(o, analyzer, kernels, System.out, System.err).run();
            }
            try (Llm model = Llm.open(llm, kernels, filter)) {
                AnalyzeOptions withLlm = o.withInsight(o.insight().withLlm(model.generator()));
                return new AnalysisRun(withLlm, analyzer, kernels, System.out, System.err).run();
            }
        } finally {
            kernels.parallel().close();
        }
    }

    private AnalyzeOptions options() {
        try {
            if (batchSize < 1) {
                throw new IllegalArgumentException("--batch-size must be >= 1");
            }
            if (format != null) {
                PostReaders.format(format).orElseThrow(() -> new IllegalArgumentException(
                        "unknown format '" + format + "'; known: " + String.join(", ", PostReaders.formatNames())));
            }
            return new AnalyzeOptions(Inputs.resolve(inputs), format, noDb ? null : db, out,
                    TimeFilter.parse(since, until), languages == null ? Set.of() : Set.copyOf(languages),
                    Classifiers.parseTasks(tasks), privacy == null ? PrivacyPolicy.defaults() : PrivacyPolicy.parse(privacy), batchSize,
                    seed, noInsight == null ? Set.of() : Set.copyOf(noInsight), new InsightOptions(track));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
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

    private static List<PostClassifier> loadClassifiers(List<String> tasks, Kernels kernels, boolean shared) {
        try {
            return Classifiers.load(tasks, kernels, shared);
        } catch (RuntimeException e) {
            throw new CliException(ExitCodes.MODEL, "cannot load a task model: " + e.getMessage(), e);
        }
    }
}
