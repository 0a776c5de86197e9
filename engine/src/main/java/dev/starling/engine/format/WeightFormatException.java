package dev.starling.engine.format;

import java.nio.file.Path;

/** A weight file that is truncated, corrupt or not in the expected format. The message names the file. */
public class WeightFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WeightFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public WeightFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }

    public WeightFormatException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
    }

    public WeightFormatException(String source, String problem) {
        super(source + ": " + problem);
    }
}
