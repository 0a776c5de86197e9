package dev.starling.analysis.pipeline;

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

    /** Predictions for normalised post texts, in order; called with batches of a few hundred. */
    List<Prediction> classify(List<String> normalizedTexts);
}
