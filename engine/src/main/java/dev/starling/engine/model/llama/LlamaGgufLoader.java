package dev.starling.engine.model.llama;

import dev.starling.engine.format.gguf.GgufFile;
import dev.starling.engine.generate.LanguageModel;
import dev.starling.engine.model.GgufWeights;
import dev.starling.engine.generate.LanguageModelLoader;
import dev.starling.engine.ops.Kernels;

import java.io.IOException;
import java.nio.file.Path;

/** Llama, Mistral and Qwen2 GGUF files: weights and the vocabulary stored beside them. */
public final class LlamaGgufLoader implements LanguageModelLoader {
    @Override
    public String name() {
        return "llama-gguf";
    }

    @Override
    public boolean accepts(Path path) {
        return GgufWeights.isGgufOf(path, LlamaGguf.ARCHITECTURES);
    }

    @Override
    public LanguageModel load(Path path, Kernels kernels, boolean q8) throws IOException {
        try (GgufFile f = GgufFile.open(path)) {
            return new LanguageModel(path.getFileName().toString(), LlamaGguf.load(f, kernels, q8), GgufWeights.codec(f));
        }
    }
}
