package dev.starling.app.analyze;

import dev.starling.app.cli.CliException;
import dev.starling.app.cli.ExitCodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The input files: those given, or the bundled sample under {@code <starling.home>/examples/sample} (shared by the commands that read posts). */
public final class Inputs {
    public static final String SAMPLE_DIR = "examples/sample";

    private Inputs() {
    }

    public static List<Path> resolve(List<Path> given) {
        if (given != null && !given.isEmpty()) {
            for (Path p : given) {
                if (!Files.isRegularFile(p)) {
                    throw new CliException(ExitCodes.IO, "no such input file: " + p);
                }
            }
            return given;
        }
        Path dir = Path.of(System.getProperty("starling.home", ".")).resolve(SAMPLE_DIR);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no INPUT given and the bundled sample is missing (" + dir + ")");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".md") && !p.getFileName().toString().equals("MANIFEST.json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
