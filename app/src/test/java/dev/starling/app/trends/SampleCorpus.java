package dev.starling.app.trends;

import dev.starling.analysis.lang.Detection;
import dev.starling.analysis.pipeline.AnalyzedPost;
import dev.starling.analysis.posts.Post;
import dev.starling.analysis.privacy.PrivacyFilter;
import dev.starling.analysis.privacy.PrivacyPolicy;
import dev.starling.analysis.privacy.PseudonymKey;
import dev.starling.analysis.readers.PostReaders;
import dev.starling.analysis.readers.PostStream;
import dev.starling.analysis.text.NormalizedText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The bundled sample, protected as analyze protects it (no classifiers: the insights do not read predictions). */
final class SampleCorpus {
    static final byte[] KEY = "trends-test-key-0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Raw handles and author ids seen before protection: none may reach any output. */
    final Set<String> rawAccounts = new HashSet<>();
    final List<AnalyzedPost> posts = new ArrayList<>();

    static Path repoRoot() {
        Path cwd = Path.of("").toAbsolutePath();
        return Files.isDirectory(cwd.resolve("examples")) ? cwd : cwd.getParent();
    }

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(repoRoot().resolve("examples/sample"))) {
            return s.filter(p -> !p.toString().endsWith(".md") && !p.toString().endsWith("MANIFEST.json")).sorted().toList();
        }
    }

    static SampleCorpus load() throws IOException {
        SampleCorpus c = new SampleCorpus();
        PrivacyFilter filter = PrivacyFilter.standard(PrivacyPolicy.defaults(), PseudonymKey.of(KEY));
        for (Path f : files()) {
            try (PostStream s = PostReaders.open(f, Optional.empty())) {
                while (s.hasNext()) {
                    Post raw = s.next();
                    if (raw.author().handle() != null && raw.author().handle().length() > 3) {
                        c.rawAccounts.add(raw.author().handle());
                    }
                    Post p = filter.protect(raw);
                    c.posts.add(new AnalyzedPost(p, new NormalizedText(p.text(), p.text(), List.of()), new Detection("en", 1.0),
                            Map.of(), Map.of(), List.of()));
                }
            }
        }
        return c;
    }
}
