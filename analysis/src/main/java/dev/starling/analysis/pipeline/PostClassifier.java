package dev.starling.analysis.pipeline;

import dev.starling.analysis.text.NormalizedText;

import java.util.List;

/**
 * A classifier the pipeline can run: one task (e.g. {@code sentiment}) for the languages it
 * supports. Several classifiers may serve the same task for different languages (the English
 * TweetEval model and the Chinese weibo model both answer {@code sentiment}); the pipeline routes
 * each post to the first one that supports its language.
 */
public interface PostClassifier {
    /** The task this answers, e.g. "sentiment", "spam". */
    String task();

    /** The model name and version stored with each result. */
    String model();

    /** Whether posts detected as {@code language} (ISO 639-1, or "und") go to this classifier. */
    boolean supports(String language);

    /**
     * Predictions for posts, in order; called with batches of a few hundred. Each text carries the
     * privacy-protected original (URLs kept, for classifiers that read their shape) and the
     * normalised model input.
     */
    List<Prediction> classify(List<NormalizedText> texts);
}
