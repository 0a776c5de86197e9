package dev.starling.analysis.pipeline;

import dev.starling.analysis.classify.Classification;
import dev.starling.analysis.text.NormalizedText;
import dev.starling.analysis.zh.ChineseSentiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentiment for Chinese posts (bge-small-zh and character n-grams, trained on weibo2018). Its
 * labels are {@code negative} and {@code positive}, the same names as the English model's, so
 * results from both read alike.
 */
public final class ChineseSentimentClassifier implements PostClassifier {
    private final ChineseSentiment model;
    private final String version;

    public ChineseSentimentClassifier(ChineseSentiment model, String version) {
        this.model = model;
        this.version = version;
    }

    @Override
    public String task() {
        return "sentiment";
    }

    @Override
    public String model() {
        return version;
    }

    @Override
    public boolean supports(String language) {
        return "zh".equals(language);
    }

    @Override
    public List<Prediction> classify(List<NormalizedText> texts) {
        List<Prediction> out = new ArrayList<>(texts.size());
        for (Classification c : model.classify(texts.stream().map(NormalizedText::normalized).toList())) {
            out.add(Prediction.of(c, version));
        }
        return out;
    }
}
