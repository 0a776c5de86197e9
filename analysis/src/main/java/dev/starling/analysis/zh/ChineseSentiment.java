package dev.starling.analysis.zh;

import dev.starling.analysis.classify.Classification;
import dev.starling.analysis.models.BaseEncoder;
import dev.starling.analysis.models.ShippedResources;
import dev.starling.analysis.ngrams.NgramFeatures;
import dev.starling.analysis.ngrams.NgramLogisticModel;
import dev.starling.engine.embed.SentencePooling;
import dev.starling.engine.format.WeightFormatException;
import dev.starling.engine.format.safetensors.SafetensorsWriter;
import dev.starling.engine.json.Json;
import dev.starling.engine.json.JsonWriter;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tensor.Tensor;
import dev.starling.engine.train.Checkpoints;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sentiment of Chinese posts, {@code negative} or {@code positive} (the names the English
 * sentiment model uses, so routed posts read alike). Two logistic models vote with equal weight
 * on P(positive): one on the post's bge-small-zh-v1.5 [CLS] vector ({@link ChineseEncoder}), one
 * on its hashed character 1–3-grams. On weibo2018 the vector catches meaning the characters miss
 * and the characters catch Weibo's own idiom ({@code [哈哈]}, {@code [怒]}); together they beat
 * either alone (see PROVENANCE.json). Immutable and safe to share between threads.
 */
public final class ChineseSentiment {
    public static final String RESOURCE_PREFIX = "/models/zh/sentiment/";
    public static final List<String> LABELS = List.of("negative", "positive");
    static final String WEIGHTS = "weights.safetensors";
    static final String DESCRIPTION = "model.json";
    static final String PROVENANCE = "PROVENANCE.json";

    private final ChineseEncoder encoder;
    private final EmbeddingHead head;
    private final NgramLogisticModel ngrams;
    private final double headShare;

    ChineseSentiment(ChineseEncoder encoder, EmbeddingHead head, NgramLogisticModel ngrams, double headShare) {
        if (head.dimension() != encoder.dimension()) {
            throw new IllegalArgumentException("head of " + head.dimension() + " for an encoder of " + encoder.dimension());
        }
        this.encoder = encoder;
        this.head = head;
        this.ngrams = ngrams;
        this.headShare = headShare;
    }

    private static volatile ChineseSentiment shipped;

    /** The shipped model on one thread, loaded on first use (about 2 s) and then shared. */
    public static ChineseSentiment shipped() {
        ChineseSentiment s = shipped;
        if (s == null) {
            synchronized (ChineseSentiment.class) {
                s = shipped;
                if (s == null) {
                    s = shipped(KernelRegistry.create(1));
                    shipped = s;
                }
            }
        }
        return s;
    }

    /** The shipped model on the given kernels (e.g. several threads). */
    public static ChineseSentiment shipped(Kernels kernels) {
        return fromParts(ShippedResources.json(RESOURCE_PREFIX + DESCRIPTION), ShippedResources.weights(RESOURCE_PREFIX + WEIGHTS),
                kernels, "classpath:" + RESOURCE_PREFIX);
    }

    /** A model directory written by {@link #save}. */
    public static ChineseSentiment load(Path dir, Kernels kernels) {
        Path desc = dir.resolve(DESCRIPTION);
        if (!Files.isRegularFile(desc)) {
            throw new WeightFormatException(dir, "not a Chinese sentiment model (no " + DESCRIPTION + ")");
        }
        try {
            return fromParts(Json.parseObject(Files.readString(desc, StandardCharsets.UTF_8)), Checkpoints.readAll(dir.resolve(WEIGHTS)),
                    kernels, dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static ChineseSentiment fromParts(Map<String, Object> d, Map<String, Tensor> tensors, Kernels kernels, String source) {
        if (!"sentiment".equals(d.get("task")) || !"zh".equals(d.get("language")) || !LABELS.equals(d.get("labels"))
                || !BaseEncoder.BGE_ZH_NAME.equals(d.get("encoder"))) {
            throw new WeightFormatException(source, "model.json does not describe a Chinese sentiment model on "
                    + BaseEncoder.BGE_ZH_NAME + " with labels " + LABELS);
        }
        SentencePooling pooling = SentencePooling.valueOf(String.valueOf(d.get("pooling")).toUpperCase(Locale.ROOT));
        ChineseEncoder encoder = ChineseEncoder.load(kernels, pooling);
        NgramFeatures.Config config = NgramFeatures.Config.fromJson((Map<String, Object>) d.get("ngram_features"));
        return new ChineseSentiment(encoder, EmbeddingHead.fromTensors(tensors, "embedding.", encoder.dimension(), source),
                NgramLogisticModel.fromTensors(config, tensors, "ngrams.", source), ((Number) d.get("embedding_share")).doubleValue());
    }

    /** Writes weights.safetensors, model.json and, if given, PROVENANCE.json into {@code dir}. */
    public void save(Path dir, Map<String, Object> provenance) throws IOException {
        Files.createDirectories(dir);
        Map<String, Tensor> tensors = new LinkedHashMap<>(head.tensors("embedding."));
        tensors.putAll(ngrams.tensors("ngrams."));
        SafetensorsWriter.write(dir.resolve(WEIGHTS), tensors, Map.of("task", "sentiment", "language", "zh"));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("task", "sentiment");
        d.put("language", "zh");
        d.put("labels", LABELS);
        d.put("encoder", BaseEncoder.BGE_ZH_NAME);
        d.put("pooling", encoder.pooling().name().toLowerCase(Locale.ROOT));
        d.put("max_tokens", ChineseEncoder.MAX_TOKENS);
        d.put("ngram_features", ngrams.config().toJson());
        d.put("embedding_share", headShare);
        d.put("combine", "P(positive) = share * head(vector) + (1 - share) * ngrams(text)");
        Files.writeString(dir.resolve(DESCRIPTION), JsonWriter.write(d) + "\n", StandardCharsets.UTF_8);
        if (provenance != null) {
            Files.writeString(dir.resolve(PROVENANCE), JsonWriter.write(provenance) + "\n", StandardCharsets.UTF_8);
        }
    }

    /** Label and scores {negative, positive} of one post. */
    public Classification classify(String text) {
        return classify(List.of(text)).getFirst();
    }

    /** Labels and scores of many posts, the encoder batching them. */
    public List<Classification> classify(List<String> texts) {
        double[] p = positiveProbabilities(texts);
        List<Classification> out = new ArrayList<>(p.length);
        for (double v : p) {
            out.add(Classification.of(LABELS, new double[] {1 - v, v}));
        }
        return out;
    }

    /** P(positive) per post, in order. */
    public double[] positiveProbabilities(List<String> texts) {
        return combine(encoder.embed(texts), texts);
    }

    /** The vote on already computed sentence vectors (the training and evaluation path). */
    double[] combine(float[][] vectors, List<String> texts) {
        double[] p = new double[texts.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = headShare * head.probability(vectors[i]) + (1 - headShare) * ngrams.probability(texts.get(i));
        }
        return p;
    }

    /**
     * The vote's parts, for explanations: P(positive) = headShare·σ(headWeight·v + headBias) +
     * (1 − headShare)·ngrams(text), v the unit-length {@code pooling} vector of bge-small-zh-v1.5.
     */
    public record Parts(float[] headWeight, float headBias, double headShare, NgramLogisticModel ngrams, SentencePooling pooling) {
    }

    public Parts parts() {
        return new Parts(head.weight(), head.bias(), headShare, ngrams, encoder.pooling());
    }

    EmbeddingHead head() {
        return head;
    }

    NgramLogisticModel ngrams() {
        return ngrams;
    }

    ChineseEncoder encoder() {
        return encoder;
    }
}
