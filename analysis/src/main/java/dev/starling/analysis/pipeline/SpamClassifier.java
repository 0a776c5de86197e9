package dev.starling.analysis.pipeline;

import dev.starling.analysis.spam.SpamFilter;
import dev.starling.analysis.text.NormalizedText;

import java.util.ArrayList;
import java.util.List;

/**
 * The n-gram spam filter as a pipeline classifier. It reads the protected original text, not the
 * normalised one: links, numbers and shouting are what give spam away, and normalisation would
 * erase them. Language-independent features, so it answers for every language.
 */
public final class SpamClassifier implements PostClassifier {
    private final SpamFilter filter;
    private final String version;

    public SpamClassifier(SpamFilter filter, String version) {
        this.filter = filter;
        this.version = version;
    }

    @Override
    public String task() {
        return "spam";
    }

    @Override
    public String model() {
        return version;
    }

    @Override
    public boolean supports(String language) {
        return true;
    }

    @Override
    public List<Prediction> classify(List<NormalizedText> texts) {
        List<Prediction> out = new ArrayList<>(texts.size());
        for (NormalizedText t : texts) {
            out.add(Prediction.of(filter.classify(t.original()), version));
        }
        return out;
    }
}
