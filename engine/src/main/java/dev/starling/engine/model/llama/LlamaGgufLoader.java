package dev.starling.engine.model.llama;

import dev.starling.engine.format.gguf.GgufFile;
import dev.starling.engine.generate.LanguageModel;
import dev.starling.engine.generate.LanguageModelLoader;
import dev.starling.engine.generate.LmTokenizerCodec;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tokenizer.Tokenizer;
import dev.starling.engine.tokenizer.bpe.LmTokenizer;
import dev.starling.engine.tokenizer.gguf.GgufTokenizers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Llama, Mistral and Qwen2 GGUF files: weights and the vocabulary stored beside them. */
public final class LlamaGgufLoader implements LanguageModelLoader {
    @Override
    public String name() {
        return "llama-gguf";
    }

    @Override
    public boolean accepts(Path path) {
        if (!Files.isRegularFile(path) || !path.getFileName().toString().endsWith(".gguf")) {
            return false;
        }
        try (GgufFile f = GgufFile.open(path)) {
            return LlamaGguf.ARCHITECTURES.contains(f.metadata().optString("general.architecture").orElse(""));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public LanguageModel load(Path path, Kernels kernels, boolean q8) throws IOException {
        try (GgufFile f = GgufFile.open(path)) {
            Tokenizer t = GgufTokenizers.build(GgufTokenizers.vocab(f.metadata()));
            if (!(t instanceof LmTokenizer lm)) {
                throw new IllegalArgumentException(path + ": its " + t.getClass().getSimpleName() + " vocabulary cannot generate text");
            }
            return new LanguageModel(path.getFileName().toString(), LlamaGguf.load(f, kernels, q8), new LmTokenizerCodec(lm));
        }
    }
}
