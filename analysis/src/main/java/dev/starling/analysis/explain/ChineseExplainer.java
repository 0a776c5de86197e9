package dev.starling.analysis.explain;

import dev.starling.analysis.models.BaseEncoder;
import dev.starling.analysis.zh.ChineseEncoder;
import dev.starling.analysis.zh.ChineseSentiment;
import dev.starling.engine.model.bert.BertClassifier;
import dev.starling.engine.model.bert.TrainableBert;
import dev.starling.engine.tokenizer.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Attributions for the Chinese sentiment vote P(positive) = s·σ(w·v̂ + b) + (1 − s)·σ(b_n + z_n),
 * over one straight path that moves both inputs at once: the bge-small-zh word embeddings from
 * [PAD] to the text's, and the n-gram features from 0 to x. The encoder term gets integrated
 * gradients ({@link IntegratedGradients}, [CLS] pooling); the n-gram term depends on the path only
 * through α·z_n, so its integrated gradients are exact in closed form:
 * a_j = (w_j x_j / z_n)·(1 − s)·(σ(b_n + z_n) − σ(b_n)). Both land on the encoder's tokens (n-gram
 * characters are matched to the word pieces that spell them). For "negative", F = 1 − P(positive).
 */
public final class ChineseExplainer implements Explainer, ExplainerProvider {
    public static final String TASK = "sentiment-zh";
    private final ChineseSentiment.Parts parts;
    private final Tokenizer tokenizer;
    private final IntegratedGradients ig;
    private final int steps;

    /** For ServiceLoader. */
    public ChineseExplainer() {
        this.parts = null;
        this.tokenizer = null;
        this.ig = null;
        this.steps = 0;
    }

    public ChineseExplainer(ChineseSentiment model, ExplainSettings settings) {
        BaseEncoder base = BaseEncoder.bgeSmallZh();
        TrainableBert encoder = TrainableBert.create(base.config(), base.weights()::get, BertClassifier.Method.HEAD, 0, 0f,
                new SplittableRandom(0));
        this.parts = model.parts();
        this.tokenizer = BaseEncoder.bgeSmallZhTokenizer();
        this.ig = new IntegratedGradients(encoder, settings.kernels(), parts.pooling());
        this.steps = settings.steps();
    }

    @Override
    public List<String> tasks() {
        return List.of(TASK);
    }

    @Override
    public Explainer create(String task, ExplainSettings settings) {
        return new ChineseExplainer(ChineseSentiment.shipped(settings.kernels()), settings);
    }

    @Override
    public String task() {
        return TASK;
    }

    @Override
    public List<String> labels() {
        return ChineseSentiment.LABELS;
    }

    @Override
    public Explanation explain(String text, String label) {
        int[] ids = tokenizer.encode(text, ChineseEncoder.MAX_TOKENS).ids();
        NormalizedSigmoidScore head = new NormalizedSigmoidScore(parts.headWeight(), parts.headBias(), parts.headShare());
        IntegratedGradients.Result r = ig.attribute(ids, EncoderExplainer.baseline(tokenizer, ids), head, steps);
        NgramAttribution n = NgramAttribution.of(parts.ngrams(), text);
        double z = n.logit() - n.bias();
        double rest = 1 - parts.headShare();
        double scale = Math.abs(z) < 1e-9 ? rest * sigmoidSlope(n.bias())
                : rest * (NormalizedSigmoidScore.sigmoid(n.logit()) - NormalizedSigmoidScore.sigmoid(n.bias())) / z;
        double score = r.score() + rest * NormalizedSigmoidScore.sigmoid(n.logit());
        double baseScore = r.baselineScore() + rest * NormalizedSigmoidScore.sigmoid(n.bias());
        String name = label != null ? label : score > 0.5 ? "positive" : "negative";
        if (!labels().contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a label of " + TASK + " (labels: negative, positive)");
        }
        double sign = name.equals("positive") ? 1 : -1;
        List<Attribution> tokens = new ArrayList<>();
        List<Attribution> extra = new ArrayList<>(n.extras(sign * scale));
        double unmatched = align(ids, r.attributions(), n, scale, tokens);
        tokens.replaceAll(a -> new Attribution(a.token(), sign * a.value(), a.joined()));
        if (unmatched != 0) {
            extra.add(new Attribution("[n-grams of characters no token spells]", sign * scale * unmatched, false));
        }
        return new Explanation(TASK, name, "P(" + name + ")", String.format(Locale.ROOT,
                "integrated gradients, %d steps (trapezoid), [PAD] baseline, over the encoder; exact closed form over the n-grams", steps),
                name.equals("positive") ? score : 1 - score, name.equals("positive") ? baseScore : 1 - baseScore, tokens, extra);
    }

    @Override
    public AttentionMaps attention(String text) {
        int[] ids = tokenizer.encode(text, ChineseEncoder.MAX_TOKENS).ids();
        return new AttentionMaps(List.of(tokenizer.tokens(ids)), ig.attention(ids));
    }

    /**
     * Tokens with their encoder attribution plus {@code ngramScale} × the n-gram logit attribution of
     * the characters they spell; returns the n-gram logit attribution no token took (unscaled).
     */
    private double align(int[] ids, double[] encoderAttr, NgramAttribution n, double ngramScale, List<Attribution> tokens) {
        String lower = n.normal().toLowerCase(Locale.ROOT);
        double[] chars = n.chars().clone();
        int cursor = 0;
        for (int t = 0; t < ids.length; t++) {
            if (ids[t] == tokenizer.clsId() || ids[t] == tokenizer.sepId()) {
                continue;
            }
            Attribution piece = EncoderExplainer.piece(tokenizer.token(ids[t]), encoderAttr[t]);
            String p = piece.token().toLowerCase(Locale.ROOT);
            int at = p.isEmpty() ? -1 : lower.indexOf(p, cursor);
            double fromChars = 0;
            if (at >= 0 && at - cursor <= 3) {
                for (int c = at; c < at + p.length() && c < chars.length; c++) {
                    fromChars += chars[c];
                    chars[c] = 0;
                }
                cursor = at + p.length();
            }
            tokens.add(new Attribution(piece.token(), piece.value() + ngramScale * fromChars, piece.joined()));
        }
        double left = 0;
        for (double c : chars) {
            left += c;
        }
        return left;
    }

    private static double sigmoidSlope(double b) {
        double s = NormalizedSigmoidScore.sigmoid(b);
        return s * (1 - s);
    }
}
