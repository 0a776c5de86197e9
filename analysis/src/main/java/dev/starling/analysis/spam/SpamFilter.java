package dev.starling.analysis.spam;

import dev.starling.analysis.classify.Classification;
import dev.starling.analysis.models.ShippedResources;
import dev.starling.analysis.ngrams.NgramFeatures;
import dev.starling.analysis.ngrams.NgramLogisticModel;
import dev.starling.engine.format.WeightFormatException;
import dev.starling.engine.format.safetensors.SafetensorsWriter;
import dev.starling.engine.json.Json;
import dev.starling.engine.json.JsonWriter;
import dev.starling.engine.tensor.Tensor;
import dev.starling.engine.train.Checkpoints;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spam or not, for any short message: logistic regression over hashed word and character n-grams
 * ({@link NgramLogisticModel}), trained on the YouTube and SMS spam collections ({@link SpamTraining}).
 * Costs a few microseconds per post and no model download; the shipped model is a 1 MB classpath
 * resource under {@value #RESOURCE_PREFIX}. Immutable and safe to share between threads.
 */
public final class SpamFilter {
    public static final String RESOURCE_PREFIX = "/models/spam/";
    public static final List<String> LABELS = List.of("ham", "spam");
    static final String WEIGHTS = "weights.safetensors";
    static final String DESCRIPTION = "model.json";
    static final String PROVENANCE = "PROVENANCE.json";

    private final NgramLogisticModel model;

    SpamFilter(NgramLogisticModel model) {
        this.model = model;
    }

    private static volatile SpamFilter shipped;

    /**
     * The model that ships with Starling, loaded on first use and then shared. (Not a holder
     * class: a failed load would surface later as a bare NoClassDefFoundError instead of its cause.)
     */
    public static SpamFilter shipped() {
        SpamFilter s = shipped;
        if (s == null) {
            synchronized (SpamFilter.class) {
                s = shipped;
                if (s == null) {
                    s = fromParts(ShippedResources.json(RESOURCE_PREFIX + DESCRIPTION),
                            ShippedResources.weights(RESOURCE_PREFIX + WEIGHTS), "classpath:" + RESOURCE_PREFIX);
                    shipped = s;
                }
            }
        }
        return s;
    }

    /** A model directory written by {@link #save}. */
    public static SpamFilter load(Path dir) {
        try {
            Path desc = dir.resolve(DESCRIPTION);
            if (!Files.isRegularFile(desc)) {
                throw new WeightFormatException(dir, "not a spam model (no " + DESCRIPTION + ")");
            }
            return fromParts(Json.parseObject(Files.readString(desc, StandardCharsets.UTF_8)),
                    Checkpoints.readAll(dir.resolve(WEIGHTS)), dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static SpamFilter fromParts(Map<String, Object> description, Map<String, Tensor> tensors, String source) {
        if (!"spam".equals(description.get("task")) || !LABELS.equals(description.get("labels"))) {
            throw new WeightFormatException(source, "model.json does not describe a spam model with labels " + LABELS);
        }
        NgramFeatures.Config config = NgramFeatures.Config.fromJson((Map<String, Object>) description.get("features"));
        return new SpamFilter(NgramLogisticModel.fromTensors(config, tensors, "", source));
    }

    /** Writes weights.safetensors, model.json and, if given, PROVENANCE.json into {@code dir}. */
    public void save(Path dir, Map<String, Object> provenance) throws IOException {
        Files.createDirectories(dir);
        SafetensorsWriter.write(dir.resolve(WEIGHTS), model.tensors(""), Map.of("task", "spam"));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("task", "spam");
        d.put("labels", LABELS);
        d.put("model", "logistic regression over hashed word 1-2-grams and character n-grams");
        d.put("features", model.config().toJson());
        Files.writeString(dir.resolve(DESCRIPTION), JsonWriter.write(d) + "\n", StandardCharsets.UTF_8);
        if (provenance != null) {
            Files.writeString(dir.resolve(PROVENANCE), JsonWriter.write(provenance) + "\n", StandardCharsets.UTF_8);
        }
    }

    /** P(spam | text), in [0, 1]. */
    public double spamProbability(String text) {
        return model.probability(prepare(text));
    }

    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");

    /**
     * Every link becomes the same token before features are taken. The training corpora differ in
     * where their links point (YouTube spam links to channels, tweets to t.co), and a model that
     * learns the domain instead of the message calls every tweet's t.co link legitimate; what is
     * left to learn is that a link is present, and the words around it.
     */
    public static String prepare(String text) {
        return URL.matcher(text).replaceAll("http://link");
    }

    /** True when spam is the more probable label. */
    public boolean isSpam(String text) {
        return spamProbability(text) > 0.5;
    }

    /** Label {@code spam} or {@code ham} with both probabilities. */
    public Classification classify(String text) {
        double p = spamProbability(text);
        return Classification.of(LABELS, new double[] {1 - p, p});
    }

    /** The logistic model itself (e.g. for exact attributions). */
    public NgramLogisticModel model() {
        return model;
    }
}
