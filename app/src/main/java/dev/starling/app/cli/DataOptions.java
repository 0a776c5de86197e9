package dev.starling.app.cli;

import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** --data: where the labelled data sets live. */
public final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "The datasets folder (holding tweeteval/ and semeval2017-task4/). Default: $STARLING_DATASETS, "
                    + "else ../shared/datasets beside the Starling checkout.")
    Path data;

    /** The resolved folder; exit status 3 with a clear message when it does not exist. */
    public Path resolve() {
        Path dir = data;
        if (dir == null && System.getenv("STARLING_DATASETS") != null) {
            dir = Path.of(System.getenv("STARLING_DATASETS"));
        }
        if (dir == null && System.getProperty("starling.home") != null) {
            dir = Path.of(System.getProperty("starling.home")).resolve("../shared/datasets").normalize();
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new CliException(ExitCodes.IO, "datasets folder not found" + (dir == null ? "" : ": " + dir)
                    + " (pass --data DIR or set STARLING_DATASETS)");
        }
        return dir;
    }
}
