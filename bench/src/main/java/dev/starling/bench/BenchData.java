package dev.starling.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark inputs: real tweets from TweetEval's sentiment test split
 * (../shared/datasets/tweeteval/datasets/sentiment/test_text.txt; see its SOURCE.md), read in
 * file order. Set -Dstarling.datasets=DIR (or STARLING_DATASETS) when the data lives elsewhere.
 */
public final class BenchData {
    private BenchData() {
    }

    public static Path datasets() {
        String p = System.getProperty("starling.datasets", System.getenv("STARLING_DATASETS"));
        Path dir = p != null ? Path.of(p) : Path.of("..", "shared", "datasets");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("..", "..", "shared", "datasets"); // when run from bench/
        }
        return dir;
    }

    public static Path tweetsFile() {
        Path f = datasets().resolve("tweeteval/datasets/sentiment/test_text.txt");
        if (!Files.isRegularFile(f)) {
            throw new IllegalStateException("benchmark data not found: " + f.toAbsolutePath()
                    + " (set -Dstarling.datasets=DIR pointing at shared/datasets)");
        }
        return f;
    }

    /** The first {@code n} tweets, in file order. */
    public static List<String> tweets(int n) {
        try {
            List<String> all = Files.readAllLines(tweetsFile(), StandardCharsets.UTF_8);
            return new ArrayList<>(all.subList(0, Math.min(n, all.size())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
