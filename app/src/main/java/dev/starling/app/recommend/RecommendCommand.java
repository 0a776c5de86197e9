package dev.starling.app.recommend;

import dev.starling.analysis.lang.LanguageIdentifier;
import dev.starling.analysis.pipeline.AnalyzedPost;
import dev.starling.analysis.pipeline.PostAnalyzer;
import dev.starling.analysis.posts.Post;
import dev.starling.analysis.privacy.PrivacyFilter;
import dev.starling.analysis.privacy.PrivacyPolicy;
import dev.starling.analysis.privacy.PseudonymKey;
import dev.starling.analysis.privacy.Pseudonymizer;
import dev.starling.analysis.readers.PostReaders;
import dev.starling.analysis.readers.PostStream;
import dev.starling.analysis.recommend.PostRecommender;
import dev.starling.analysis.text.SocialTextNormalizer;
import dev.starling.app.analyze.Inputs;
import dev.starling.app.cli.CliException;
import dev.starling.app.cli.ExitCodes;
import dev.starling.app.io.Progress;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code starling recommend}: "more like this post" and "for you" over a corpus of posts. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = {"Recommend posts from a corpus (default: the bundled sample). Posts are read like analyze reads them, "
                + "personal data is redacted and accounts pseudonymised first, then every post is embedded with "
                + "all-MiniLM-L6-v2 and indexed (HNSW).",
            "",
            "--like POST_ID: the posts most similar in meaning to that post (cosine of sentence embeddings), diversified by MMR; "
                + "near-copies (cosine >= 0.95: the same text give or take an emoji or a tag) are left out.",
            "--for USER: posts for that account, blending similarity to what they wrote, replied to, quoted and reposted, "
                + "engagement, recent activity and the accounts they interact with; their own posts and history are left out. "
                + "USER is a pseudonym as printed (user_...) or the original handle/id, pseudonymised with the same key.",
            "Reposts are never recommended. Output: one line per post, with its score, id, author pseudonym and text.", ""},
        footer = ExitCodes.HELP_FOOTER)
public final class RecommendCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files of posts, any format analyze reads (default: the bundled sample).")
    List<Path> inputs;

    @Option(names = "--like", paramLabel = "POST_ID", description = "Recommend posts like this one.")
    String like;

    @Option(names = "--for", paramLabel = "USER", description = "Recommend posts for this account.")
    String forUser;

    @Option(names = {"-k", "--top"}, paramLabel = "N", defaultValue = "10", description = "How many posts (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--format", paramLabel = "NAME", description = "Read every input in this format instead of sniffing it.")
    String format;

    @Option(names = "--max-posts", paramLabel = "N", defaultValue = "50000",
            description = "Index at most N posts (a uniform sample beyond that; default: ${DEFAULT-VALUE}).")
    int maxPosts;

    @Option(names = "--privacy-key", paramLabel = "FILE", description = "Key file for pseudonyms (as analyze).")
    Path privacyKey;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Compute threads (default: all CPUs).")
    Integer threads;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the index (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (like == null && forUser == null) {
            throw new CliException(ExitCodes.USAGE, "say what to recommend: --like POST_ID and/or --for USER");
        }
        if (top < 1 || maxPosts < 1) {
            throw new CliException(ExitCodes.USAGE, "--top and --max-posts must be >= 1");
        }
        List<Path> files = resolveInputs();
        PseudonymKey key = key();
        PostCorpus corpus = read(files, new PostAnalyzer(PrivacyFilter.standard(PrivacyPolicy.defaults(), key),
                SocialTextNormalizer.standard(), LanguageIdentifier.forSocialText(), List.of(), List.of(), null));
        Kernels kernels = KernelRegistry.create(threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        PostRecommender rec;
        try {
            Progress p = new Progress(System.err, "embed", corpus.size(), Progress.stderrIsTerminal());
            rec = corpus.build(kernels, seed, (done, total) -> p.update((long) done * corpus.size() / Math.max(1, total)));
            p.finish(corpus.size());
        } catch (RuntimeException e) {
            throw new CliException(ExitCodes.MODEL, "cannot embed the posts: " + e.getMessage(), e);
        } finally {
            kernels.parallel().close();
        }
        PrintStream out = System.out;
        if (like != null) {
            int item = rec.indexOf(like).orElseThrow(() -> new CliException(ExitCodes.USAGE, "no post with id " + like + " in the input"));
            PostRecommender.Item it = rec.items().get(item);
            out.printf("Posts like %s by %s: %s%n", it.id(), it.author(), PostCorpus.snippet(it.text(), 100));
            print(out, rec, rec.moreLikeThis(item, top));
        }
        if (forUser != null) {
            String user = user(rec, new Pseudonymizer(key));
            out.printf("%sFor %s:%n", like != null ? System.lineSeparator() : "", user);
            print(out, rec, rec.forYou(user, top));
        }
        return ExitCodes.OK;
    }

    private List<Path> resolveInputs() {
        try {
            return Inputs.resolve(inputs);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        }
    }

    private PostCorpus read(List<Path> files, PostAnalyzer analyzer) {
        PostCorpus corpus = new PostCorpus(maxPosts);
        for (Path f : files) {
            try (PostStream posts = PostReaders.open(f, Optional.ofNullable(format))) {
                List<Post> batch = new ArrayList<>();
                while (posts.hasNext()) {
                    batch.add(posts.next());
                    if (batch.size() == 256 || !posts.hasNext()) {
                        analyzer.analyze(batch).forEach(corpus::add);
                        batch.clear();
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new CliException(ExitCodes.IO, f + ": cannot read: " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
            }
        }
        if (corpus.size() == 0) {
            throw new CliException(ExitCodes.IO, "no posts in the input");
        }
        return corpus;
    }

    /** A pseudonym as printed, or a handle/id pseudonymised with the run's key. */
    private String user(PostRecommender rec, Pseudonymizer pseudonyms) {
        if (rec.knows(forUser)) {
            return forUser;
        }
        String p = pseudonyms.pseudonym(forUser);
        if (rec.knows(p)) {
            return p;
        }
        throw new CliException(ExitCodes.USAGE, "no posts by " + forUser + " in the input (give a pseudonym as printed, e.g. "
                + rec.mostActiveAuthor().orElse("user_...") + ", or the original handle)");
    }

    private static void print(PrintStream out, PostRecommender rec, List<PostRecommender.Hit> hits) {
        if (hits.isEmpty()) {
            out.println("  (nothing to recommend)");
        }
        int rank = 1;
        for (PostRecommender.Hit h : hits) {
            PostRecommender.Item it = rec.items().get(h.item());
            out.printf("%3d  %6.3f  %-22s %-18s %s%n", rank++, h.score(), it.id(), it.author(), PostCorpus.snippet(it.text(), 90));
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
