package dev.starling.analysis.pipeline;

import dev.starling.analysis.lang.Detection;
import dev.starling.analysis.posts.Post;
import dev.starling.analysis.privacy.PiiType;
import dev.starling.analysis.text.NormalizedText;

import java.util.List;
import java.util.Map;

/**
 * A post after the pipeline. {@code post} is the privacy-protected post (its text redacted, its
 * accounts pseudonymised): nothing downstream ever sees the original.
 *
 * @param post        the protected post, with the detected language set
 * @param normalized  the model input derived from the protected text
 * @param language    the detection (language code and confidence)
 * @param personalData how many items of each kind of personal data were redacted or pseudonymised
 * @param predictions task → prediction, for the tasks that ran on this post
 * @param flags       spam / abuse flags with their reasons
 */
public record AnalyzedPost(Post post, NormalizedText normalized, Detection language, Map<PiiType, Integer> personalData,
                           Map<String, Prediction> predictions, List<Flag> flags) {
    public AnalyzedPost {
        personalData = Map.copyOf(personalData);
        predictions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(predictions));
        flags = List.copyOf(flags);
    }
}
