package dev.starling.analysis.engagement;

import dev.starling.analysis.ngrams.NgramFeatures;
import dev.starling.analysis.ngrams.SparseVector;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Turns a post and its author's state into one sparse vector {@code x ∈ R^D}, {@code D = DENSE + 2^hashBits}:
 * <pre>
 *   [0]        bias
 *   [1..3]     author running mean − level, per target        (how far the long-run mean is off the recent level)
 *   [4..6]     author fast mean − level, per target           (momentum)
 *   [7..9]     level − prior, per target                       (regression towards the corpus mean)
 *   [10..12]   has history, log1p(earlier posts), log1p(hours since the previous post)
 *   [13..19]   length (chars/140, log1p words), hashtags, links, mentions, media, '!'
 *   [20..43]   hour of day (UTC), one-hot
 *   [44..50]   day of week (UTC), one-hot
 *   [DENSE..]  hashed word 1–2-grams and character 3–4-grams, unit length × TEXT_WEIGHT
 * </pre>
 * The level is the author's slow mean ({@link AuthorHistory.State#level}); the model predicts the
 * residual {@code log1p(count) − level}, so an author without history falls back to the prior.
 */
public final class EngagementFeatures {
    /** Slots before the hashed text features. */
    public static final int DENSE = 64;
    static final int HOUR = 20;
    static final int WEEKDAY = 44;
    private static final float TEXT_WEIGHT = 1.0f;
    private static final int K = EngagementTarget.values().length;

    private final NgramFeatures ngrams;
    private final double[] prior;

    /**
     * @param hashBits log2 of the number of text slots
     * @param prior    per target: the corpus mean of log1p(count), the level of an author without history
     */
    public EngagementFeatures(int hashBits, double[] prior) {
        this.ngrams = new NgramFeatures(new NgramFeatures.Config(hashBits, 3, 4, true, false));
        this.prior = prior.clone();
    }

    /** The dimension D. */
    public int dimension() {
        return DENSE + ngrams.config().dimension();
    }

    public int hashBits() {
        return ngrams.config().hashBits();
    }

    public double[] prior() {
        return prior.clone();
    }

    /** The level the residual is measured from: the author's recent mean, else the prior. */
    public double level(AuthorHistory.State s, EngagementTarget t) {
        return s.level(t, prior[t.ordinal()]);
    }

    /** The feature vector of {@code p} given its author's state {@code s}. */
    public SparseVector vector(EngagementPost p, AuthorHistory.State s) {
        float[] dense = new float[DENSE];
        dense[0] = 1;
        for (EngagementTarget t : EngagementTarget.values()) {
            int k = t.ordinal();
            double level = level(s, t);
            if (s.counted()[k] > 0) {
                dense[1 + k] = (float) (s.mean()[k] - level);
                dense[4 + k] = (float) (s.fast()[k] - level);
            }
            dense[7 + k] = (float) (level - prior[k]);
        }
        dense[10] = s.posts() > 0 ? 1 : 0;
        dense[11] = (float) (Math.log1p(s.posts()) / 5);
        dense[12] = Double.isNaN(s.hoursSinceLast()) ? 0 : (float) (Math.log1p(s.hoursSinceLast()) / 3);
        textShape(p, dense);
        ZonedDateTime utc = p.time().atZone(ZoneOffset.UTC);
        dense[HOUR + utc.getHour()] = 1;
        dense[WEEKDAY + utc.getDayOfWeek().getValue() - 1] = 1;
        return concat(dense, ngrams.vector(p.text()));
    }

    private static void textShape(EngagementPost p, float[] dense) {
        String text = p.text();
        dense[13] = text.length() / 140f;
        dense[14] = (float) (Math.log1p(text.isBlank() ? 0 : text.trim().split("\\s+").length) / 3);
        dense[15] = Math.min(p.hashtags(), 5) / 2f;
        dense[16] = Math.min(p.urls(), 3);
        dense[17] = Math.min(p.mentions(), 5) / 2f;
        dense[18] = Math.min(p.media(), 4);
        dense[19] = Math.min(text.chars().filter(c -> c == '!').count(), 3);
    }

    private static SparseVector concat(float[] dense, SparseVector text) {
        int nnz = 0;
        for (float v : dense) {
            nnz += v != 0 ? 1 : 0;
        }
        int[] idx = new int[nnz + text.size()];
        float[] val = new float[idx.length];
        int j = 0;
        for (int i = 0; i < DENSE; i++) {
            if (dense[i] != 0) {
                idx[j] = i;
                val[j++] = dense[i];
            }
        }
        for (int k = 0; k < text.size(); k++, j++) {
            idx[j] = DENSE + text.indices()[k];
            val[j] = text.values()[k] * TEXT_WEIGHT;
        }
        return new SparseVector(idx, val);
    }

    static int targets() {
        return K;
    }
}
