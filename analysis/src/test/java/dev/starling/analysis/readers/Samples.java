package dev.starling.analysis.readers;

import dev.starling.analysis.posts.Post;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sample files under {@code src/test/resources/readers/} and reading them to the end. */
final class Samples {
    private Samples() {
    }

    static Path path(String name) {
        try {
            return Path.of(Objects.requireNonNull(Samples.class.getResource("/readers/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything one read produced. */
    record Read(String format, List<Post> posts, ReadReport report) {
        Post byId(String id) {
            return posts.stream().filter(p -> p.id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("no post " + id + " among " + posts.stream().map(Post::id).toList()));
        }

        List<Skip> skips() {
            return report.skipped();
        }

        /** The skip listed at {@code line}. */
        Skip skipAt(long line) {
            return report.skipped().stream().filter(s -> s.where().line() == line).findFirst()
                    .orElseThrow(() -> new AssertionError("no skip at line " + line + " in " + report.skipped()));
        }
    }

    static Read read(String name) throws IOException {
        return read(path(name), ReadOptions.defaults());
    }

    static Read read(Path file, ReadOptions options) throws IOException {
        try (PostStream s = PostReaders.open(file, options)) {
            List<Post> posts = new ArrayList<>();
            s.forEachRemaining(posts::add);
            ReadReport r = s.report();
            assertEquals(r.recordsRead(), r.postsProduced() + r.skippedCount(), "every record is a post or a skip");
            assertEquals(posts.size(), r.postsProduced(), "posts counted as handed out");
            return new Read(s.format(), posts, r);
        }
    }
}
