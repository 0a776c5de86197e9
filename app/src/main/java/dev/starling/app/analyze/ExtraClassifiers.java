package dev.starling.app.analyze;

import dev.starling.analysis.pipeline.ChineseSentimentClassifier;
import dev.starling.analysis.pipeline.PostClassifier;
import dev.starling.analysis.pipeline.SpamClassifier;
import dev.starling.analysis.spam.SpamFilter;
import dev.starling.analysis.zh.ChineseSentiment;
import dev.starling.engine.ops.Kernels;

import java.util.ArrayList;
import java.util.List;

/**
 * Classifiers beyond the English TweetEval models: the spam filter (every language) and Chinese
 * sentiment (routed before the English model, so Chinese posts get the Chinese one).
 */
final class ExtraClassifiers {
    private ExtraClassifiers() {
    }

    static List<PostClassifier> load(List<String> tasks, Kernels kernels) {
        List<PostClassifier> out = new ArrayList<>();
        if (tasks.contains("sentiment")) {
            out.add(new ChineseSentimentClassifier(ChineseSentiment.shipped(kernels), "weibo2018-sentiment@bge-small-zh-v1.5"));
        }
        if (tasks.contains("spam")) {
            out.add(new SpamClassifier(SpamFilter.shipped(), "spam-ngram-logistic"));
        }
        return out;
    }
}
