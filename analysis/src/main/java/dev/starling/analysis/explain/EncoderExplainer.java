package dev.starling.analysis.explain;

import dev.starling.engine.embed.SentencePooling;
import dev.starling.engine.model.bert.TrainableBert;
import dev.starling.engine.tokenizer.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Integrated gradients for a softmax head on a BERT encoder: the TweetEval task models and the
 * shared heads on their encoder. F is the explained class's probability; the baseline replaces
 * every word piece with [PAD] and keeps [CLS] and [SEP], whose attributions are then exactly 0
 * and are left out.
 */
public final class EncoderExplainer implements Explainer {
    private final String task;
    private final List<String> labels;
    private final Tokenizer tokenizer;
    private final int maxTokens;
    private final IntegratedGradients ig;
    private final float[][] weight; // [K][C]
    private final float[] bias;     // [K]
    private final int steps;

    public EncoderExplainer(String task, List<String> labels, Tokenizer tokenizer, int maxTokens, TrainableBert encoder,
                            SentencePooling pooling, float[][] weight, float[] bias, ExplainSettings settings) {
        if (weight.length != labels.size()) {
            throw new IllegalArgumentException(weight.length + " head rows for " + labels.size() + " labels");
        }
        this.task = task;
        this.labels = List.copyOf(labels);
        this.tokenizer = tokenizer;
        this.maxTokens = maxTokens;
        this.ig = new IntegratedGradients(encoder, settings.kernels(), pooling);
        this.weight = weight;
        this.bias = bias;
        this.steps = settings.steps();
    }

    @Override
    public String task() {
        return task;
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public Explanation explain(String text, String label) {
        int[] ids = tokenizer.encode(text, maxTokens).ids();
        int target = label == null ? predicted(ids) : labelIndex(label);
        IntegratedGradients.Result r = ig.attribute(ids, baseline(tokenizer, ids), new SoftmaxScore(weight, bias, target), steps);
        List<Attribution> tokens = new ArrayList<>();
        for (int t = 0; t < ids.length; t++) {
            if (ids[t] != tokenizer.clsId() && ids[t] != tokenizer.sepId()) {
                tokens.add(piece(tokenizer.token(ids[t]), r.attributions()[t]));
            }
        }
        String name = labels.get(target);
        return new Explanation(task, name, "P(" + name + ")",
                String.format(Locale.ROOT, "integrated gradients, %d steps (trapezoid), [PAD] baseline", steps),
                r.score(), r.baselineScore(), tokens, List.of());
    }

    @Override
    public AttentionMaps attention(String text) {
        int[] ids = tokenizer.encode(text, maxTokens).ids();
        return new AttentionMaps(List.of(tokenizer.tokens(ids)), ig.attention(ids));
    }

    /** [PAD] for every word piece, [CLS] and [SEP] kept. */
    static int[] baseline(Tokenizer tokenizer, int[] ids) {
        int pad = tokenizer.padId() >= 0 ? tokenizer.padId() : tokenizer.unkId();
        int[] b = new int[ids.length];
        for (int t = 0; t < ids.length; t++) {
            b[t] = ids[t] == tokenizer.clsId() || ids[t] == tokenizer.sepId() ? ids[t] : pad;
        }
        return b;
    }

    static Attribution piece(String token, double value) {
        boolean joined = token.startsWith("##") && token.length() > 2;
        return new Attribution(joined ? token.substring(2) : token, value, joined);
    }

    private int predicted(int[] ids) {
        double[] p = new SoftmaxScore(weight, bias, 0).probabilities(ig.pooled(ids));
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }

    private int labelIndex(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("'" + label + "' is not a label of " + task + " (labels: " + String.join(", ", labels) + ")");
        }
        return i;
    }
}
