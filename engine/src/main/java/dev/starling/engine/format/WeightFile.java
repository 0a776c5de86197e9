package dev.starling.engine.format;

import dev.starling.engine.tensor.Tensor;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * An opened checkpoint: named tensors plus free-form string metadata. Close it to release
 * mapped memory; tensors already returned by {@link #tensor} stay valid (they are copies or
 * heap-backed).
 */
public interface WeightFile extends Closeable {
    Path path();

    /** Tensor names in file order. */
    Set<String> names();

    /** Reads one tensor; throws {@link WeightFormatException} naming the file if it is unreadable. */
    Tensor tensor(String name);

    /** Metadata stored beside the tensors (may be empty). */
    Map<String, String> metadata();

    @Override
    void close();
}
