package dev.starling.engine.model.bert;

import dev.starling.engine.format.WeightFormatException;
import dev.starling.engine.format.onnx.OnnxGraph;
import dev.starling.engine.format.onnx.OnnxModel;
import dev.starling.engine.format.onnx.OnnxNode;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tensor.Tensor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a BERT encoder from an ONNX export (PyTorch → ONNX, as shipped for all-MiniLM-L6-v2).
 *
 * <p>Why a graph walk: the exporter keeps parameter names for biases and LayerNorm weights
 * ({@code encoder.layer.0.attention.self.query.bias}) but names MatMul weights anonymously
 * ({@code onnx::MatMul_787}, stored [in, out]). Each such weight feeds a MatMul whose output is
 * added to a named bias, so the bias name gives the weight its layer. Hyper-parameters come from
 * the graph too: sizes from tensor shapes, heads from the attention scale constant (√d), and the
 * LayerNorm epsilon from the constant added to the variance.
 */
public final class BertOnnxLoader {
    private BertOnnxLoader() {
    }

    /** The model's tensors under HuggingFace names, linear weights [in, out]. */
    public static Map<String, Tensor> namedWeights(OnnxGraph g) {
        OnnxModel m = g.model();
        Map<String, Tensor> out = new HashMap<>();
        for (String name : m.initializerNames()) {
            if (!name.startsWith("onnx::")) {
                out.put(name, m.initializer(name));
            }
        }
        for (OnnxNode mm : g.nodes("MatMul")) {
            String weight = mm.inputs().get(1);
            if (!m.hasInitializer(weight) || !weight.startsWith("onnx::")) {
                continue;
            }
            String name = biasName(g, mm).map(b -> b.substring(0, b.length() - ".bias".length()) + ".weight")
                    .orElseThrow(() -> new WeightFormatException(m.source(),
                            "cannot tell which layer MatMul weight '" + weight + "' belongs to (no named bias follows it)"));
            out.put(name, m.initializer(weight));
        }
        return out;
    }

    /** The named bias added to a MatMul's output, if any. */
    private static Optional<String> biasName(OnnxGraph g, OnnxNode matmul) {
        for (OnnxNode add : g.consumers(matmul.outputs().get(0))) {
            if (!add.opType().equals("Add")) {
                continue;
            }
            for (String in : add.inputs()) {
                if (in.endsWith(".bias") && g.model().hasInitializer(in)) {
                    return Optional.of(in);
                }
            }
        }
        return Optional.empty();
    }

    /** Infers the configuration from tensor shapes and graph constants. */
    public static BertConfig config(OnnxGraph g, Map<String, Tensor> w) {
        String src = g.model().source();
        Tensor word = need(w, "embeddings.word_embeddings.weight", src);
        Tensor pos = need(w, "embeddings.position_embeddings.weight", src);
        Tensor type = need(w, "embeddings.token_type_embeddings.weight", src);
        int hidden = word.dim(1);
        int layers = 0;
        while (w.containsKey("encoder.layer." + layers + ".attention.self.query.bias")) {
            layers++;
        }
        if (layers == 0) {
            throw new WeightFormatException(src, "no encoder layers found: is this a BERT export?");
        }
        int intermediate = need(w, "encoder.layer.0.intermediate.dense.bias", src).dim(0);
        int headDim = headDim(g).orElseThrow(() -> new WeightFormatException(src,
                "cannot find the attention scale constant to infer the number of heads"));
        float eps = layerNormEps(g).orElse(1e-12f);
        return new BertConfig(word.dim(0), hidden, layers, hidden / headDim, intermediate,
                pos.dim(0), type.dim(0), eps);
    }

    /** Loads config and weights and builds the model. */
    public static BertModel load(OnnxModel model, Kernels kernels) {
        OnnxGraph g = new OnnxGraph(model);
        Map<String, Tensor> w = namedWeights(g);
        BertConfig cfg = config(g, w);
        try {
            return BertLoader.build(cfg, w::get, BertLoader.LinearLayout.IN_OUT, kernels);
        } catch (IllegalArgumentException e) {
            throw new WeightFormatException(model.source(), e.getMessage(), e);
        }
    }

    /**
     * Scores Q·Kᵀ come from a MatMul of two activations followed by Div(√d) or Mul(1/√d);
     * returns d.
     */
    private static Optional<Integer> headDim(OnnxGraph g) {
        for (OnnxNode mm : g.nodes("MatMul")) {
            if (g.model().hasInitializer(mm.inputs().get(1))) {
                continue;
            }
            for (OnnxNode c : g.consumers(mm.outputs().get(0))) {
                Optional<Float> v = scalar(g, c.inputs().get(1));
                if (v.isPresent() && c.opType().equals("Div")) {
                    return Optional.of(Math.round(v.get() * v.get()));
                }
                if (v.isPresent() && c.opType().equals("Mul")) {
                    return Optional.of(Math.round(1f / (v.get() * v.get())));
                }
            }
        }
        return Optional.empty();
    }

    /** LayerNorm's eps: an attribute of LayerNormalization, or the constant added before Sqrt. */
    private static Optional<Float> layerNormEps(OnnxGraph g) {
        for (OnnxNode ln : g.nodes("LayerNormalization")) {
            if (ln.attributes().get("epsilon") instanceof Float f) {
                return Optional.of(f);
            }
        }
        for (OnnxNode sqrt : g.nodes("Sqrt")) {
            Optional<OnnxNode> add = g.producer(sqrt.inputs().get(0)).filter(n -> n.opType().equals("Add"));
            if (add.isPresent()) {
                for (String in : add.get().inputs()) {
                    Optional<Float> v = scalar(g, in);
                    if (v.isPresent()) {
                        return v;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Float> scalar(OnnxGraph g, String name) {
        return g.constant(name).filter(t -> t.size() == 1).map(t -> t.storage().getFloat(0));
    }

    private static Tensor need(Map<String, Tensor> w, String name, String src) {
        Tensor t = w.get(name);
        if (t == null) {
            throw new WeightFormatException(src, "missing tensor '" + name + "': not a BERT export");
        }
        return t;
    }

    /** Tensor names of the model, for diagnostics. */
    public static List<String> names(Map<String, Tensor> w) {
        return w.keySet().stream().sorted().toList();
    }
}
