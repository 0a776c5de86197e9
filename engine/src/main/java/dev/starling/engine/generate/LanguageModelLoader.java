package dev.starling.engine.generate;

import dev.starling.engine.ops.Kernels;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Loads a {@link LanguageModel} (weights and tokenizer) from a file or directory. Loaders register
 * through {@link java.util.ServiceLoader} ({@code META-INF/services/dev.starling.engine.generate.LanguageModelLoader})
 * and {@link LanguageModels#load} asks each whether it recognises the path: a new family or file
 * format adds a loader, not a branch in a switch.
 */
public interface LanguageModelLoader {
    /** A short name for messages, e.g. {@code "gpt2-safetensors"}. */
    String name();

    /** True if this loader recognises {@code path} (cheap: look at names and headers only). */
    boolean accepts(Path path);

    /**
     * Loads the model; matrices are quantised to Q8_0 when {@code q8} is set (else kept as stored).
     *
     * @throws IOException              if the files cannot be read
     * @throws IllegalArgumentException if they are readable but not a usable model (message says why)
     */
    LanguageModel load(Path path, Kernels kernels, boolean q8) throws IOException;
}
