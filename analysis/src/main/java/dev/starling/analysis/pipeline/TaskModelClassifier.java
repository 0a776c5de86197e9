package dev.starling.analysis.pipeline;

import dev.starling.analysis.classify.TaskModel;
import dev.starling.analysis.text.NormalizedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A fine-tuned TweetEval task model as a pipeline classifier. The models were trained on English
 * tweets with an English-only encoder, so by default they answer only for English and for posts
 * whose language could not be determined.
 */
public final class TaskModelClassifier implements PostClassifier {
    private final TaskModel model;
    private final String version;
    private final Set<String> languages;

    public TaskModelClassifier(TaskModel model, String version, Set<String> languages) {
        this.model = model;
        this.version = version;
        this.languages = Set.copyOf(languages);
    }

    public static TaskModelClassifier english(TaskModel model, String version) {
        return new TaskModelClassifier(model, version, Set.of("en", "und"));
    }

    @Override
    public String task() {
        return model.task();
    }

    @Override
    public String model() {
        return version;
    }

    @Override
    public boolean supports(String language) {
        return languages.contains(language);
    }

    @Override
    public List<Prediction> classify(List<NormalizedText> texts) {
        float[][] p = model.probabilities(texts.stream().map(NormalizedText::normalized).toList());
        List<Prediction> out = new ArrayList<>(p.length);
        for (float[] row : p) {
            out.add(Prediction.of(model.labels(), row, version));
        }
        return out;
    }
}
