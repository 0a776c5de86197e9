package dev.starling.engine.format;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A checkpoint file format (ONNX initializers, safetensors, GGUF …), registered through
 * {@link java.util.ServiceLoader} in {@code META-INF/services/dev.starling.engine.format.WeightFormat}.
 * {@link WeightFormats#open(Path)} picks the format whose {@link #sniff} accepts the file's first bytes.
 */
public interface WeightFormat {
    /** Short lower-case name, e.g. {@code "safetensors"}. */
    String name();

    /** Whether a file starting with {@code head} (up to 64 bytes, fewer for tiny files) is in this format. */
    boolean sniff(byte[] head);

    /** Opens the file and reads its tensor index; tensor data may be read lazily or memory-mapped. */
    WeightFile open(Path file) throws IOException;
}
