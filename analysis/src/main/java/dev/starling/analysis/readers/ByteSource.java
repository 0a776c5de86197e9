package dev.starling.analysis.readers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the bytes come from. {@link #open} may be called more than once: a format that needs two
 * passes (the X API v2 document, whose {@code includes} follow the tweets) reads the source again
 * rather than holding it in memory. A source that cannot be reopened throws on the second call.
 */
@FunctionalInterface
public interface ByteSource {
    InputStream open() throws IOException;

    static ByteSource of(Path file) {
        return () -> Files.newInputStream(file);
    }
}
