package dev.starling.engine.generate;

import dev.starling.engine.ops.Kernels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds the {@link LanguageModelLoader} for a path and loads the model. */
public final class LanguageModels {
    private LanguageModels() {
    }

    public static List<LanguageModelLoader> loaders() {
        List<LanguageModelLoader> out = new ArrayList<>();
        ServiceLoader.load(LanguageModelLoader.class).forEach(out::add);
        return out;
    }

    /**
     * Loads the model at {@code path} with the first loader that accepts it.
     *
     * @throws IOException if the path does not exist or no loader recognises it (the message lists the loaders)
     */
    public static LanguageModel load(Path path, Kernels kernels, boolean q8) throws IOException {
        if (!Files.exists(path)) {
            throw new IOException("no model at " + path);
        }
        List<LanguageModelLoader> all = loaders();
        for (LanguageModelLoader l : all) {
            if (l.accepts(path)) {
                return l.load(path, kernels, q8);
            }
        }
        throw new IOException(path + " is not a model Starling can generate with (loaders: "
                + all.stream().map(LanguageModelLoader::name).toList() + ")");
    }
}
