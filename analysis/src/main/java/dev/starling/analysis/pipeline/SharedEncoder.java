package dev.starling.analysis.pipeline;

import dev.starling.analysis.classify.SharedHead;
import dev.starling.analysis.classify.TaskModel;
import dev.starling.analysis.text.NormalizedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One encoder pass, several answers: the sentiment model's encoder runs once per post and its
 * pooled vector feeds the sentiment head and every {@link SharedHead} trained on it (emotion,
 * offensive, ...). The classifiers it hands out remember the last batch's pooled vectors, so when
 * the pipeline asks each of them about the same posts the encoder runs only once.
 */
public final class SharedEncoder {
    private final TaskModel model;
    private final String version;
    private final Set<String> languages;
    private List<String> lastTexts = List.of();
    private float[][] lastPooled = new float[0][];

    public SharedEncoder(TaskModel model, String version, Set<String> languages) {
        this.model = model;
        this.version = version;
        this.languages = Set.copyOf(languages);
    }

    /** The base model's own task (sentiment) as a classifier. */
    public PostClassifier baseTask() {
        return new View(model.task(), version, null);
    }

    /** A shared head as a classifier. */
    public PostClassifier head(SharedHead head, String headVersion) {
        return new View(head.task(), headVersion, head);
    }

    private synchronized float[][] pooled(List<NormalizedText> texts) {
        List<String> in = texts.stream().map(NormalizedText::normalized).toList();
        if (!in.equals(lastTexts)) {
            lastPooled = model.pooled(in);
            lastTexts = in;
        }
        return lastPooled;
    }

    private final class View implements PostClassifier {
        private final String task;
        private final String modelVersion;
        private final SharedHead head;

        View(String task, String modelVersion, SharedHead head) {
            this.task = task;
            this.modelVersion = modelVersion;
            this.head = head;
        }

        @Override
        public String task() {
            return task;
        }

        @Override
        public String model() {
            return modelVersion;
        }

        @Override
        public boolean supports(String language) {
            return languages.contains(language);
        }

        @Override
        public List<Prediction> classify(List<NormalizedText> texts) {
            float[][] x = pooled(texts);
            List<Prediction> out = new ArrayList<>(x.length);
            for (float[] v : x) {
                out.add(head == null ? Prediction.of(model.labels(), model.probabilities(v), modelVersion)
                        : Prediction.of(head.labels(), head.probabilities(v), modelVersion));
            }
            return out;
        }
    }
}
