package dev.starling.app.analyze;

import dev.starling.analysis.pipeline.PostClassifier;
import dev.starling.engine.ops.Kernels;

import java.util.List;

/** Classifiers beyond the TweetEval models: spam and Chinese sentiment (wired when they land). */
final class ExtraClassifiers {
    private ExtraClassifiers() {
    }

    static List<PostClassifier> load(List<String> tasks, Kernels kernels) {
        return List.of();
    }
}
