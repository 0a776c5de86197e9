package dev.starling.engine.model.bert;

import dev.starling.engine.autograd.AttentionOps;
import dev.starling.engine.autograd.AttentionProbe;
import dev.starling.engine.autograd.EmbeddingOps;
import dev.starling.engine.autograd.NormOps;
import dev.starling.engine.autograd.Ops;
import dev.starling.engine.autograd.Tape;
import dev.starling.engine.autograd.Variable;
import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.tensor.Tensor;
import dev.starling.engine.train.Parameters;
import dev.starling.engine.train.TrainableLinear;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A BERT encoder for training: the same math as {@link BertModel} (embeddings, post-LN layers of
 * fused-QKV attention and GELU feed-forward), written with differentiable operations, plus dropout.
 * Built from weights by HuggingFace name (linear weights [in, out]); {@link BertClassifier.Method} decides what
 * learns. Task heads ({@link BertClassifier}, {@link BertPretrainer}) sit on its hidden states.
 */
public final class TrainableBert {
    private static final BertClassifier.Method FULL = BertClassifier.Method.FULL;

    /** One encoder layer's weights. */
    record Layer(TrainableLinear qkv, TrainableLinear attentionOut, Variable ln1Gamma, Variable ln1Beta,
                 TrainableLinear up, TrainableLinear down, Variable ln2Gamma, Variable ln2Beta) {
    }

    private final BertConfig config;
    private final BertClassifier.Method method;
    private final Variable word;
    private final Variable position;
    private final Variable type;
    private final Variable embGamma;
    private final Variable embBeta;
    private final List<Layer> layers;
    private final float dropout;

    private TrainableBert(BertConfig config, BertClassifier.Method method, Variable word, Variable position, Variable type,
                          Variable embGamma, Variable embBeta, List<Layer> layers, float dropout) {
        this.config = config;
        this.method = method;
        this.word = word;
        this.position = position;
        this.type = type;
        this.embGamma = embGamma;
        this.embBeta = embBeta;
        this.layers = layers;
        this.dropout = dropout;
    }

    /**
     * @param base     encoder tensors by HuggingFace name, linear weights [in, out]
     * @param loraRank adapter rank (LORA only); α = 2·rank
     */
    public static TrainableBert create(BertConfig cfg, Function<String, Tensor> base, BertClassifier.Method method,
                                       int loraRank, float dropout, SplittableRandom rng) {
        boolean full = method == FULL;
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < cfg.layers(); i++) {
            String p = "encoder.layer." + i + ".";
            layers.add(new Layer(
                    linear(p + "attention.self.qkv", fusedQkv(base, p + "attention.self."), fusedQkvBias(base, p + "attention.self."), method, loraRank, rng),
                    linear(p + "attention.output.dense", base.apply(p + "attention.output.dense.weight"), base.apply(p + "attention.output.dense.bias"), method, loraRank, rng),
                    variable(p + "attention.output.LayerNorm.weight", base, full),
                    variable(p + "attention.output.LayerNorm.bias", base, full),
                    linear(p + "intermediate.dense", base.apply(p + "intermediate.dense.weight"), base.apply(p + "intermediate.dense.bias"), method, loraRank, rng),
                    linear(p + "output.dense", base.apply(p + "output.dense.weight"), base.apply(p + "output.dense.bias"), method, loraRank, rng),
                    variable(p + "output.LayerNorm.weight", base, full),
                    variable(p + "output.LayerNorm.bias", base, full)));
        }
        return new TrainableBert(cfg, method,
                variable("embeddings.word_embeddings.weight", base, full),
                variable("embeddings.position_embeddings.weight", base, full),
                variable("embeddings.token_type_embeddings.weight", base, full),
                variable("embeddings.LayerNorm.weight", base, full),
                variable("embeddings.LayerNorm.bias", base, full),
                layers, dropout);
    }


    private static TrainableLinear linear(String name, Tensor w, Tensor b, BertClassifier.Method method, int rank, SplittableRandom rng) {
        return switch (method) {
            case FULL -> TrainableLinear.full(name, w, b);
            case LORA -> TrainableLinear.lora(name, w, b, rank, 2f * rank, rng);
            case HEAD -> TrainableLinear.frozen(name, w, b);
        };
    }

    private static Variable variable(String name, Function<String, Tensor> base, boolean trainable) {
        Tensor t = base.apply(name);
        if (t == null) {
            throw new IllegalArgumentException("missing weight '" + name + "'");
        }
        return new Variable(Tensor.of(t.toF32().f32().clone(), t.shape().dims()), trainable, name);
    }

    /** Q, K, V weights side by side: [C, 3C]. */
    static Tensor fusedQkv(Function<String, Tensor> base, String prefix) {
        Tensor q = base.apply(prefix + "query.weight").toF32();
        Tensor k = base.apply(prefix + "key.weight").toF32();
        Tensor v = base.apply(prefix + "value.weight").toF32();
        int in = q.dim(0);
        int out = q.dim(1);
        float[] fused = new float[in * 3 * out];
        for (int r = 0; r < in; r++) {
            System.arraycopy(q.f32(), r * out, fused, r * 3 * out, out);
            System.arraycopy(k.f32(), r * out, fused, r * 3 * out + out, out);
            System.arraycopy(v.f32(), r * out, fused, r * 3 * out + 2 * out, out);
        }
        return Tensor.of(fused, in, 3 * out);
    }

    static Tensor fusedQkvBias(Function<String, Tensor> base, String prefix) {
        int out = base.apply(prefix + "query.bias").dim(0);
        float[] b = new float[3 * out];
        System.arraycopy(base.apply(prefix + "query.bias").toF32().f32(), 0, b, 0, out);
        System.arraycopy(base.apply(prefix + "key.bias").toF32().f32(), 0, b, out, out);
        System.arraycopy(base.apply(prefix + "value.bias").toF32().f32(), 0, b, 2 * out, out);
        return Tensor.of(b, 3 * out);
    }

    public BertConfig config() {
        return config;
    }

    public BertClassifier.Method method() {
        return method;
    }

    /** The last hidden state [N, C]; dropout when {@code rng} is given (training). */
    public Variable hidden(Tape t, RaggedBatch batch, SplittableRandom rng) {
        return encode(t, batch, EmbeddingOps.embedding(t, word, batch.ids()), rng, null);
    }

    /**
     * The last hidden state [N, C] from given word embeddings {@code wordRows} [N, C] in place of the
     * table lookup (position and token-type embeddings are still added): what attribution methods
     * differentiate with respect to, e.g. integrated gradients along a path of interpolated inputs.
     * No dropout. {@code probe}, when given, sees every layer's attention probabilities.
     */
    public Variable hidden(Tape t, RaggedBatch batch, Variable wordRows, AttentionProbe probe) {
        if (wordRows.dim(0) != batch.tokens() || wordRows.dim(1) != config.hidden()) {
            throw new IllegalArgumentException("word rows " + wordRows.shape() + " for " + batch.tokens() + " tokens of width " + config.hidden());
        }
        return encode(t, batch, wordRows, null, probe);
    }

    private Variable encode(Tape t, RaggedBatch batch, Variable wordRows, SplittableRandom rng, AttentionProbe probe) {
        Variable h = Ops.add(t, Ops.add(t, wordRows, EmbeddingOps.embedding(t, type, batch.typeIds())),
                EmbeddingOps.embedding(t, position, batch.positions()));
        h = drop(t, NormOps.layerNorm(t, h, embGamma, embBeta, config.layerNormEps()), rng);
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            Variable ctx = AttentionOps.selfAttention(t, l.qkv().forward(t, h), batch, config.heads(), false, probe, i);
            Variable a = drop(t, l.attentionOut().forward(t, ctx), rng);
            h = NormOps.layerNorm(t, Ops.add(t, a, h), l.ln1Gamma(), l.ln1Beta(), config.layerNormEps());
            Variable f = drop(t, l.down().forward(t, Ops.gelu(t, l.up().forward(t, h))), rng);
            h = NormOps.layerNorm(t, Ops.add(t, f, h), l.ln2Gamma(), l.ln2Beta(), config.layerNormEps());
        }
        return h;
    }

    Variable drop(Tape t, Variable x, SplittableRandom rng) {
        return rng == null ? x : Ops.dropout(t, x, dropout, rng);
    }

    /** Every parameter that learns under this model's method, in a fixed order. */
    public List<Variable> trainable() {
        List<Variable> out = new ArrayList<>();
        for (Variable v : new Variable[] {word, position, type, embGamma, embBeta}) {
            if (v.requiresGrad()) {
                out.add(v);
            }
        }
        for (Layer l : layers) {
            out.addAll(l.qkv().trainable());
            out.addAll(l.attentionOut().trainable());
            for (Variable v : new Variable[] {l.ln1Gamma(), l.ln1Beta()}) {
                if (v.requiresGrad()) {
                    out.add(v);
                }
            }
            out.addAll(l.up().trainable());
            out.addAll(l.down().trainable());
            for (Variable v : new Variable[] {l.ln2Gamma(), l.ln2Beta()}) {
                if (v.requiresGrad()) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    public float dropout() {
        return dropout;
    }

    /** The word-embedding table [V, C] (an MLM decoder is tied to it). */
    public Variable wordEmbeddings() {
        return word;
    }

    /** Trainable tensors by name (what a checkpoint or a shipped adapter holds). */
    public Map<String, Tensor> trainableWeights() {
        return Parameters.named(trainable());
    }

    /** Overwrites trainable parameters from saved tensors (names and shapes must match). */
    public void loadTrainable(Map<String, Tensor> saved) {
        Parameters.load(trainable(), saved);
    }

    /**
     * The encoder's weights with adapters merged, by HuggingFace name ([in, out] linears, Q/K/V split
     * again), for building a fast inference {@link BertModel} with {@link BertLoader}.
     */
    public Map<String, Tensor> encoderWeights() {
        Map<String, Tensor> w = new LinkedHashMap<>();
        w.put("embeddings.word_embeddings.weight", word.value());
        w.put("embeddings.position_embeddings.weight", position.value());
        w.put("embeddings.token_type_embeddings.weight", type.value());
        w.put("embeddings.LayerNorm.weight", embGamma.value());
        w.put("embeddings.LayerNorm.bias", embBeta.value());
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            String p = "encoder.layer." + i + ".";
            splitQkv(w, p + "attention.self.", l.qkv().mergedWeight(), l.qkv().bias().value());
            put(w, p + "attention.output.dense", l.attentionOut());
            w.put(p + "attention.output.LayerNorm.weight", l.ln1Gamma().value());
            w.put(p + "attention.output.LayerNorm.bias", l.ln1Beta().value());
            put(w, p + "intermediate.dense", l.up());
            put(w, p + "output.dense", l.down());
            w.put(p + "output.LayerNorm.weight", l.ln2Gamma().value());
            w.put(p + "output.LayerNorm.bias", l.ln2Beta().value());
        }
        return w;
    }

    private static void put(Map<String, Tensor> w, String name, TrainableLinear l) {
        w.put(name + ".weight", l.mergedWeight());
        w.put(name + ".bias", l.bias().value());
    }

    private static void splitQkv(Map<String, Tensor> w, String prefix, Tensor fused, Tensor bias) {
        int in = fused.dim(0);
        int out = fused.dim(1) / 3;
        String[] names = {"query", "key", "value"};
        for (int part = 0; part < 3; part++) {
            float[] m = new float[in * out];
            for (int r = 0; r < in; r++) {
                System.arraycopy(fused.f32(), r * 3 * out + part * out, m, r * out, out);
            }
            float[] b = new float[out];
            System.arraycopy(bias.f32(), part * out, b, 0, out);
            w.put(prefix + names[part] + ".weight", Tensor.of(m, in, out));
            w.put(prefix + names[part] + ".bias", Tensor.of(b, out));
        }
    }
}
