package dev.starling.analysis.explain;

import dev.starling.analysis.spam.SpamFilter;

import java.util.List;

/**
 * Exact attributions for the spam filter's logistic model ({@link NgramAttribution}): F is the
 * log-odds of the explained label (logit(ham) = −logit(spam)), the baseline a text without features,
 * so completeness holds up to rounding with no steps to choose.
 */
public final class SpamExplainer implements Explainer, ExplainerProvider {
    private final SpamFilter filter;

    /** For ServiceLoader; explains the shipped filter. */
    public SpamExplainer() {
        this(null);
    }

    public SpamExplainer(SpamFilter filter) {
        this.filter = filter;
    }

    @Override
    public List<String> tasks() {
        return List.of("spam");
    }

    @Override
    public Explainer create(String task, ExplainSettings settings) {
        return new SpamExplainer(SpamFilter.shipped());
    }

    @Override
    public String task() {
        return "spam";
    }

    @Override
    public List<String> labels() {
        return SpamFilter.LABELS;
    }

    @Override
    public Explanation explain(String text, String label) {
        SpamFilter f = filter == null ? SpamFilter.shipped() : filter;
        NgramAttribution a = NgramAttribution.of(f.model(), SpamFilter.prepare(text));
        String name = label != null ? label : a.logit() > 0 ? "spam" : "ham";
        if (!labels().contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a label of spam (labels: ham, spam)");
        }
        double sign = name.equals("spam") ? 1 : -1;
        return new Explanation("spam", name, "logit(" + name + ")",
                "exact: weight × feature of the linear logit, baseline = no features", sign * a.logit(), sign * a.bias(),
                a.words(sign), a.extras(sign));
    }
}
