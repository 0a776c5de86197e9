package dev.starling.engine.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Access to ../shared/datasets for tests tagged {@code datasets} (run by the Maven profile
 * {@code datasets}, which .ci/run enables). Missing data is a failure, never a skip.
 */
public final class Datasets {
    private Datasets() {
    }

    public static Path dir() {
        String p = System.getProperty("starling.datasets");
        if (p == null) {
            fail("system property starling.datasets is not set (run with -Pdatasets)");
        }
        Path dir = Path.of(p);
        if (!Files.isDirectory(dir)) {
            fail("datasets directory not found: " + dir.toAbsolutePath() + " (the datasets profile needs ../shared/datasets)");
        }
        return dir;
    }

    public static Path file(String relative) {
        Path f = dir().resolve(relative);
        if (!Files.isRegularFile(f)) {
            fail("dataset file not found: " + f.toAbsolutePath());
        }
        return f;
    }

    /** Lines of a text file split on '\n' only (tweets may contain other line separators). */
    public static List<String> lines(String relative) {
        try {
            String text = Files.readString(file(relative), StandardCharsets.UTF_8);
            if (text.endsWith("\n")) {
                text = text.substring(0, text.length() - 1);
            }
            return List.of(text.split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
