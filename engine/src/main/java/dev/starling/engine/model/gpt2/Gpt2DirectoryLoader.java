package dev.starling.engine.model.gpt2;

import dev.starling.engine.generate.LanguageModel;
import dev.starling.engine.generate.LanguageModelLoader;
import dev.starling.engine.generate.WordPieceCodec;
import dev.starling.engine.json.Json;
import dev.starling.engine.nn.ProjectionFactory;
import dev.starling.engine.nn.Q8Projection;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tokenizer.WordPieceTokenizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * A GPT-2 model directory (config.json with model_type gpt2 or starling-gpt, model.safetensors,
 * tokenizer.json). Tokenizers: WordPiece (Starling's own causal LMs). GPT-2's byte-level BPE
 * needs a BPE tokenizer, which this loader reports clearly instead of guessing.
 */
public final class Gpt2DirectoryLoader implements LanguageModelLoader {
    private static final Set<String> TYPES = Set.of("gpt2", "starling-gpt");

    @Override
    public String name() {
        return "gpt2-safetensors";
    }

    @Override
    public boolean accepts(Path path) {
        Path config = path.resolve("config.json");
        if (!Files.isDirectory(path) || !Files.isRegularFile(config)) {
            return false;
        }
        try {
            Map<String, Object> m = Json.parseObject(Files.readString(config, StandardCharsets.UTF_8));
            return TYPES.contains(String.valueOf(m.get("model_type")));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public LanguageModel load(Path path, Kernels kernels, boolean q8) throws IOException {
        Path tokenizer = path.resolve("tokenizer.json");
        if (!Files.isRegularFile(tokenizer)) {
            throw new IOException(path + " has no tokenizer.json");
        }
        String json = Files.readString(tokenizer, StandardCharsets.UTF_8);
        if (!json.contains("\"WordPiece\"")) {
            throw new IllegalArgumentException(tokenizer + " is not a WordPiece tokenizer; byte-level BPE (GPT-2's) is not supported yet");
        }
        WordPieceCodec codec = new WordPieceCodec(WordPieceTokenizer.fromJsonString(json));
        Gpt2Model model = Gpt2Loader.load(path, kernels, q8 ? Q8Projection.factory() : ProjectionFactory.f32(kernels));
        return new LanguageModel(path.getFileName().toString(), model, codec);
    }
}
