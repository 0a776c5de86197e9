package dev.starling.app.trends;

import dev.starling.analysis.posts.Post;
import dev.starling.analysis.privacy.PrivacyFilter;
import dev.starling.analysis.privacy.PrivacyPolicy;
import dev.starling.analysis.privacy.PseudonymKey;
import dev.starling.analysis.readers.PostReaders;
import dev.starling.analysis.readers.PostStream;
import dev.starling.app.analyze.Inputs;
import dev.starling.app.cli.CliException;
import dev.starling.app.cli.ExitCodes;
import dev.starling.app.io.Progress;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The inputs of {@code trends} and {@code influence} and how they are read: every post goes through
 * the privacy filter (redaction, pseudonymous accounts) before anything counts it, exactly as in
 * {@code analyze}, so that the same key gives the same pseudonyms in both.
 */
final class CorpusOptions {
    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files of posts (format sniffed; default: the bundled sample).")
    List<Path> inputs;

    @Option(names = "--format", paramLabel = "NAME", description = "Read every input in this format instead of sniffing it.")
    String format;

    @Option(names = "--privacy", paramLabel = "MODES",
            description = "Per type: redact, mask, hash or keep, e.g. email=mask (default: accounts hashed, the rest redacted).")
    String privacy;

    @Option(names = "--privacy-key", paramLabel = "FILE", description = "Key file for pseudonyms (else $STARLING_PSEUDONYM_KEY, else ~/.config/starling/pseudonym.key).")
    Path privacyKey;

    /** Reads every input, protects each post and hands it on; returns the number of posts. */
    long forEach(PrintStream stderr, String label, Consumer<Post> sink) {
        PrivacyFilter filter = filter();
        List<Path> files = files();
        Progress progress = new Progress(stderr, label, -1, Progress.stderrIsTerminal());
        long n = 0;
        for (Path f : files) {
            try (PostStream posts = PostReaders.open(f, Optional.ofNullable(format))) {
                while (posts.hasNext()) {
                    sink.accept(filter.protect(posts.next()));
                    progress.update(++n);
                }
                if (posts.report().skippedCount() > 0) {
                    stderr.printf("starling %s: %s: %d malformed record(s) skipped%n", label, f, posts.report().skippedCount());
                }
            } catch (IOException | UncheckedIOException e) {
                throw new CliException(ExitCodes.IO, f + ": cannot read: " + e.getMessage(), e);
            }
        }
        progress.finish(n);
        return n;
    }

    private List<Path> files() {
        try {
            if (format != null && PostReaders.format(format).isEmpty()) {
                throw new IllegalArgumentException("unknown format '" + format + "'; known: " + String.join(", ", PostReaders.formatNames()));
            }
            return Inputs.resolve(inputs);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        }
    }

    /** The privacy filter of these options (the same key gives the same pseudonyms as analyze). */
    PrivacyFilter filter() {
        try {
            PrivacyPolicy policy = privacy == null ? PrivacyPolicy.defaults() : PrivacyPolicy.parse(privacy);
            return PrivacyFilter.standard(policy, PseudonymKey.resolve(privacyKey));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        } catch (UncheckedIOException e) {
            throw new CliException(ExitCodes.IO, "pseudonym key: " + e.getMessage(), e);
        }
    }
}
