package dev.starling.app.cli;

import dev.starling.app.io.InputFormat;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** --input / --output / --format / --text-field, shared by the per-post commands. */
public final class InputOutputOptions {
    @Option(names = {"-i", "--input"}, required = true, paramLabel = "FILE",
            description = "Posts: UTF-8 text, one post per line (split on \\n; a trailing \\r is dropped), "
                    + "or JSONL objects with a text field (.jsonl/.ndjson). May be gzipped (.gz).")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Output JSONL, one object per input line, in order. Written to a temporary file "
                    + "and moved into place when complete.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "AUTO",
            description = "Input layout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, by file extension).")
    InputFormat format;

    @Option(names = "--text-field", paramLabel = "NAME", defaultValue = "text",
            description = "JSONL field holding the post text (default: ${DEFAULT-VALUE}).")
    String textField;

    /** Fails with exit status 3 when the input cannot be read. */
    void checkInput() {
        if (!Files.exists(input)) {
            throw new CliException(ExitCodes.IO, "input file not found: " + input);
        }
        if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
            throw new CliException(ExitCodes.IO, "input is not a readable file: " + input);
        }
        if (Files.isDirectory(output)) {
            throw new CliException(ExitCodes.IO, "output is a directory: " + output);
        }
    }
}
