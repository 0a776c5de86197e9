package dev.starling.analysis.classify;

import dev.starling.analysis.models.BaseEncoder;
import dev.starling.engine.embed.Pooling;
import dev.starling.engine.format.WeightFormatException;
import dev.starling.engine.json.Json;
import dev.starling.engine.json.JsonWriter;
import dev.starling.engine.model.bert.BertClassifier;
import dev.starling.engine.model.bert.BertLoader;
import dev.starling.engine.model.bert.BertModel;
import dev.starling.engine.model.bert.TrainableBert;
import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.nn.Workspace;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tensor.Tensor;
import dev.starling.engine.tokenizer.Tokenizer;
import dev.starling.engine.train.Checkpoints;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained classifier in its compact, shippable form: {@code weights.safetensors} holds only
 * what training changed (LoRA factors and the head, or the head alone), {@code model.json} the
 * labels and settings. Loading rebuilds the encoder from the base model with the adapters merged,
 * then classifies on the fast inference path (mean pooling → head → softmax).
 */
public final class TaskModel {
    public static final String WEIGHTS = "weights.safetensors";
    public static final String DESCRIPTION = "model.json";

    private final String task;
    private final List<String> labels;
    private final BertModel encoder;
    private final Tokenizer tokenizer;
    private final float[] headWeight; // [C, K]
    private final float[] headBias;   // [K]
    private final int maxTokens;
    /** Rebuilds the encoder as a differentiable, frozen {@link TrainableBert} (for explanations). */
    private final java.util.function.Supplier<TrainableBert> differentiable;

    private TaskModel(String task, List<String> labels, BertModel encoder, Tokenizer tokenizer,
                      float[] headWeight, float[] headBias, int maxTokens, java.util.function.Supplier<TrainableBert> differentiable) {
        this.task = task;
        this.labels = labels;
        this.encoder = encoder;
        this.tokenizer = tokenizer;
        this.headWeight = headWeight;
        this.headBias = headBias;
        this.maxTokens = maxTokens;
        this.differentiable = differentiable;
    }

    /** The settings stored in model.json. */
    public record Description(String task, List<String> labels, BertClassifier.Method method, int loraRank, int maxTokens,
                              String base) {
        public Description(String task, List<String> labels, BertClassifier.Method method, int loraRank, int maxTokens) {
            this(task, labels, method, loraRank, maxTokens, BaseEncoder.NAME);
        }

        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("task", task);
            m.put("labels", labels);
            m.put("base", base);
            m.put("method", method.name().toLowerCase(java.util.Locale.ROOT));
            m.put("lora_rank", loraRank);
            m.put("max_tokens", maxTokens);
            return m;
        }

        @SuppressWarnings("unchecked")
        static Description fromJson(Map<String, Object> m) {
            return new Description((String) m.get("task"), List.copyOf((List<String>) m.get("labels")),
                    BertClassifier.Method.valueOf(((String) m.get("method")).toUpperCase(java.util.Locale.ROOT)),
                    ((Number) m.get("lora_rank")).intValue(), ((Number) m.get("max_tokens")).intValue(),
                    String.valueOf(m.getOrDefault("base", BaseEncoder.NAME)));
        }
    }

    /** Writes a trained classifier's changed weights and description into {@code dir}. */
    public static void save(Path dir, BertClassifier trained, Description d, Map<String, Object> extra) throws IOException {
        Files.createDirectories(dir);
        dev.starling.engine.format.safetensors.SafetensorsWriter.write(dir.resolve(WEIGHTS), trained.trainableWeights(),
                Map.of("task", d.task(), "base", d.base()));
        Map<String, Object> json = d.toJson();
        json.putAll(extra);
        Path tmp = dir.resolve(DESCRIPTION + ".tmp");
        Files.writeString(tmp, JsonWriter.write(json), StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(DESCRIPTION), java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        if (extra.get("provenance") != null) {
            Files.writeString(dir.resolve("PROVENANCE.json"), JsonWriter.write(extra.get("provenance")) + "\n", StandardCharsets.UTF_8);
        }
    }

    /** Loads a model directory against the base encoder. */
    public static TaskModel load(Path dir, BaseEncoder base, Tokenizer tokenizer, Kernels kernels) throws IOException {
        Path desc = dir.resolve(DESCRIPTION);
        if (!Files.isRegularFile(desc)) {
            throw new WeightFormatException(dir, "not a task model (no " + DESCRIPTION + ")");
        }
        Description d = Description.fromJson(Json.parseObject(Files.readString(desc, StandardCharsets.UTF_8)));
        return build(d, Checkpoints.readAll(dir.resolve(WEIGHTS)), base, tokenizer, kernels);
    }

    /** Loads a model shipped as classpath resources under {@code prefix} (e.g. "/models/tweeteval/irony/"). */
    public static TaskModel loadResource(String prefix, BaseEncoder base, Tokenizer tokenizer, Kernels kernels) throws IOException {
        try (InputStream descIn = TaskModel.class.getResourceAsStream(prefix + DESCRIPTION);
             InputStream weightsIn = TaskModel.class.getResourceAsStream(prefix + WEIGHTS)) {
            if (descIn == null || weightsIn == null) {
                throw new WeightFormatException("classpath:" + prefix, "no shipped task model here");
            }
            Description d = Description.fromJson(Json.parseObject(new String(descIn.readAllBytes(), StandardCharsets.UTF_8)));
            Path tmp = Files.createTempFile("starling-task", ".safetensors");
            try {
                Files.write(tmp, weightsIn.readAllBytes());
                return build(d, Checkpoints.readAll(tmp), base, tokenizer, kernels);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static TaskModel build(Description d, Map<String, Tensor> saved, BaseEncoder minilm, Tokenizer tokenizer, Kernels kernels) {
        // a model adapted from another encoder (e.g. one pretrained further on tweets) names its directory
        BaseEncoder base = d.base().equals(BaseEncoder.NAME) ? minilm : BaseEncoder.fromCheckpoint(Path.of(d.base()));
        BertClassifier c = BertClassifier.create(base.config(), base.weights()::get, d.labels().size(), d.method(), d.loraRank(), 0f, 0);
        c.loadTrainable(saved);
        BertModel encoder = BertLoader.build(base.config(), c.encoderWeights()::get, BertLoader.LinearLayout.IN_OUT, kernels);
        // the training graph is rebuilt only when asked for: it holds a second copy of the encoder's weights,
        // and the base is loaded again then rather than kept alive (≈ 90 MB) by every task model
        java.util.function.Supplier<TrainableBert> differentiable = () -> {
            BaseEncoder b = d.base().equals(BaseEncoder.NAME) ? BaseEncoder.minilm() : BaseEncoder.fromCheckpoint(Path.of(d.base()));
            BertClassifier again = BertClassifier.create(b.config(), b.weights()::get, d.labels().size(), d.method(), d.loraRank(), 0f, 0);
            again.loadTrainable(saved);
            return TrainableBert.create(b.config(), again.encoderWeights()::get, BertClassifier.Method.HEAD, 0, 0f,
                    new java.util.SplittableRandom(0));
        };
        return new TaskModel(d.task(), d.labels(), encoder, tokenizer, c.headWeight().f32(), c.headBias().f32(), d.maxTokens(),
                differentiable);
    }

    public String task() {
        return task;
    }

    public List<String> labels() {
        return labels;
    }

    public Tokenizer tokenizer() {
        return tokenizer;
    }

    /** The longest input in word pieces, [CLS] and [SEP] included. */
    public int maxTokens() {
        return maxTokens;
    }

    /** The head's weight [C, K] (row-major; a copy). */
    public float[] headWeight() {
        return headWeight.clone();
    }

    /** The head's bias [K] (a copy). */
    public float[] headBias() {
        return headBias.clone();
    }

    /**
     * The same encoder (adapters merged) as a differentiable graph with every weight frozen, so
     * gradients flow to the inputs only: what integrated gradients and attention maps need. Built
     * on each call from the base encoder named in model.json, loaded again (about a second, and a
     * copy of the weights); callers keep it.
     */
    public TrainableBert differentiableEncoder() {
        return differentiable.get();
    }

    /** Class probabilities per text, in label order. */
    public float[][] probabilities(List<String> texts) {
        float[][] pooled = pooled(texts);
        float[][] out = new float[pooled.length][];
        for (int i = 0; i < pooled.length; i++) {
            out[i] = probabilities(pooled[i]);
        }
        return out;
    }

    /** The head on one pooled vector: class probabilities in label order. */
    public float[] probabilities(float[] pooled) {
        return softmax(logits(pooled, encoder.config().hidden(), labels.size()));
    }

    /**
     * The adapted encoder's mean-pooled output per text, [n][C]: what the head reads, and what other
     * heads trained on this encoder ({@link SharedHead}) read too, so one encoder pass serves them all.
     */
    public float[][] pooled(List<String> texts) {
        List<int[]> ids = new ArrayList<>(texts.size());
        for (String t : texts) {
            ids.add(tokenizer.encode(t, maxTokens).ids());
        }
        int c = encoder.config().hidden();
        float[][] out = new float[texts.size()][];
        Workspace ws = new Workspace();
        for (int from = 0; from < ids.size(); from += 32) {
            RaggedBatch batch = RaggedBatch.of(ids.subList(from, Math.min(ids.size(), from + 32)));
            float[][] pooled = Pooling.mean(batch, encoder.forward(batch, ws), c);
            System.arraycopy(pooled, 0, out, from, pooled.length);
        }
        return out;
    }

    private float[] logits(float[] pooled, int c, int k) {
        float[] z = headBias.clone();
        for (int j = 0; j < c; j++) {
            for (int o = 0; o < k; o++) {
                z[o] += pooled[j] * headWeight[j * k + o];
            }
        }
        return z;
    }

    private static float[] softmax(float[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (float v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] e = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            e[i] = Math.exp(z[i] - max);
            sum += e[i];
        }
        float[] p = new float[z.length];
        for (int i = 0; i < z.length; i++) {
            p[i] = (float) (e[i] / sum);
        }
        return p;
    }
}
