package dev.starling.engine.model.bert;

import dev.starling.engine.nn.EncoderLayer;
import dev.starling.engine.nn.FeedForward;
import dev.starling.engine.nn.LayerNorm;
import dev.starling.engine.nn.Linear;
import dev.starling.engine.nn.MultiHeadSelfAttention;
import dev.starling.engine.ops.Activation;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tensor.Tensor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Builds a {@link BertModel} from tensors named as in HuggingFace's BertModel
 * ({@code embeddings.word_embeddings.weight}, {@code encoder.layer.3.attention.self.query.weight} …).
 * Format-specific loaders ({@link BertOnnxLoader}, safetensors) only produce that naming.
 */
public final class BertLoader {
    private BertLoader() {
    }

    /** How linear weights are oriented in the source. */
    public enum LinearLayout {
        /** [in, out]: ONNX MatMul's right operand. */
        IN_OUT,
        /** [out, in]: PyTorch's nn.Linear.weight (safetensors checkpoints). */
        OUT_IN
    }

    public static BertModel build(BertConfig cfg, Function<String, Tensor> weights, LinearLayout layout, Kernels k) {
        Function<String, Tensor> w = name -> require(weights, name);
        checkShape(w.apply("embeddings.word_embeddings.weight"), cfg.vocabSize(), cfg.hidden());
        List<EncoderLayer> layers = new ArrayList<>();
        for (int i = 0; i < cfg.layers(); i++) {
            String p = "encoder.layer." + i + ".";
            Linear qkv = fusedQkv(k, w, p + "attention.self.", layout);
            Linear out = linear(k, w, p + "attention.output.dense", layout);
            MultiHeadSelfAttention attention = new MultiHeadSelfAttention(qkv, out, cfg.heads());
            LayerNorm attentionNorm = layerNorm(w, p + "attention.output.LayerNorm", cfg.layerNormEps());
            FeedForward ffn = new FeedForward(linear(k, w, p + "intermediate.dense", layout),
                    linear(k, w, p + "output.dense", layout), Activation.GELU);
            LayerNorm outputNorm = layerNorm(w, p + "output.LayerNorm", cfg.layerNormEps());
            layers.add(new EncoderLayer(attention, attentionNorm, ffn, outputNorm));
        }
        return new BertModel(cfg, k,
                w.apply("embeddings.word_embeddings.weight").toF32().f32(),
                rows(w.apply("embeddings.position_embeddings.weight"), cfg.maxPositions(), cfg.hidden()),
                rows(w.apply("embeddings.token_type_embeddings.weight"), cfg.typeVocabSize(), cfg.hidden()),
                layerNorm(w, "embeddings.LayerNorm", cfg.layerNormEps()),
                layers);
    }

    private static Tensor require(Function<String, Tensor> weights, String name) {
        Tensor t = weights.apply(name);
        if (t == null) {
            throw new IllegalArgumentException("missing weight '" + name + "'");
        }
        return t;
    }

    private static float[] rows(Tensor t, int rows, int cols) {
        checkShape(t, rows, cols);
        return t.toF32().f32();
    }

    private static void checkShape(Tensor t, int rows, int cols) {
        if (t.rank() != 2 || t.dim(0) != rows || t.dim(1) != cols) {
            throw new IllegalArgumentException("expected a [" + rows + ", " + cols + "] tensor, got " + t.shape());
        }
    }

    private static Tensor inOut(Tensor weight, LinearLayout layout) {
        return layout == LinearLayout.IN_OUT ? weight : weight.toF32().transpose2d();
    }

    private static Linear linear(Kernels k, Function<String, Tensor> w, String prefix, LinearLayout layout) {
        return new Linear(k, inOut(w.apply(prefix + ".weight"), layout), w.apply(prefix + ".bias"));
    }

    /** Q, K and V projections concatenated along the output axis: [C, 3C], bias [3C]. */
    private static Linear fusedQkv(Kernels k, Function<String, Tensor> w, String prefix, LinearLayout layout) {
        Function<String, Tensor> inOut = name -> name.endsWith(".weight") ? inOut(w.apply(name), layout) : w.apply(name);
        return new Linear(k, TrainableBert.fusedQkv(inOut, prefix), TrainableBert.fusedQkvBias(w, prefix));
    }

    private static LayerNorm layerNorm(Function<String, Tensor> w, String prefix, float eps) {
        return new LayerNorm(w.apply(prefix + ".weight"), w.apply(prefix + ".bias"), eps);
    }
}
