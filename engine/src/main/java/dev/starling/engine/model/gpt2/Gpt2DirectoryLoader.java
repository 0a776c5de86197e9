package dev.starling.engine.model.gpt2;

import dev.starling.engine.generate.LanguageModel;
import dev.starling.engine.generate.LanguageModelLoader;
import dev.starling.engine.generate.LmTokenizerCodec;
import dev.starling.engine.generate.TextCodec;
import dev.starling.engine.generate.WordPieceCodec;
import dev.starling.engine.json.Json;
import dev.starling.engine.nn.ProjectionFactory;
import dev.starling.engine.nn.Q8Projection;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tokenizer.WordPieceTokenizer;
import dev.starling.engine.tokenizer.bpe.ByteLevelBpeTokenizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * A GPT-2 model directory (config.json with model_type gpt2 or starling-gpt, model.safetensors,
 * tokenizer.json). Tokenizers: byte-level BPE (GPT-2's, and what {@code pretrain --objective clm}
 * trains; a {@code bos_token} named in config.json starts every prompt) or WordPiece (earlier
 * Starling causal LMs, framed by [CLS] … [SEP]).
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
        TextCodec codec = json.contains("\"WordPiece\"") ? new WordPieceCodec(WordPieceTokenizer.fromJsonString(json))
                : bpe(json, Files.readString(path.resolve("config.json"), StandardCharsets.UTF_8));
        Gpt2Model model = Gpt2Loader.load(path, kernels, q8 ? Q8Projection.factory() : ProjectionFactory.f32(kernels));
        return new LanguageModel(path.getFileName().toString(), model, codec);
    }

    private static TextCodec bpe(String tokenizerJson, String configJson) {
        ByteLevelBpeTokenizer t = ByteLevelBpeTokenizer.fromJsonString(tokenizerJson);
        Object bos = Json.parseObject(configJson).get("bos_token");
        int bosId = bos instanceof String s ? t.tokenId(s) : -1;
        return new LmTokenizerCodec(t, bosId);
    }
}
