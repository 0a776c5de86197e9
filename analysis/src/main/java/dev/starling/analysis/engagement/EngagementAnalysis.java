package dev.starling.analysis.engagement;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Engagement on one corpus, streamed: activity patterns over every post, and on the posts kept
 * (the first {@code maxKept}, text cut to {@link #MAX_TEXT} chars, so memory stays bounded) a
 * time-split evaluation of the model against the baselines, held-out predictions beside the actual
 * counts, and a model fitted on all of them that predicts every kept post from its author's past.
 */
public final class EngagementAnalysis {
    /** Below this many posts with all counts the corpus is too small to split and evaluate. */
    public static final int MIN_POSTS_TO_EVALUATE = 50;
    static final int MAX_TEXT = 400;

    /**
     * One post's prediction.
     *
     * @param post      the post
     * @param predicted predicted log1p(count) per target ordinal
     * @param heldOut   true when the post was in the evaluation's test period (predicted by a model that never saw it)
     */
    public record Prediction(EngagementPost post, double[] predicted, boolean heldOut) {
    }

    /**
     * The outcome.
     *
     * @param patterns    activity and lift grids
     * @param evaluation  the time-split evaluation, empty when too few posts have counts
     * @param note        why there is no evaluation (empty string when there is one)
     * @param heldOut     the evaluation's test posts with the evaluated model's predictions
     * @param predictions every kept post (time order) predicted from its author's past by the model fitted on
     *                    all posts with counts; empty when no model could be fitted or none was asked for
     */
    public record Result(ActivityPatterns patterns, Optional<EngagementEvaluation.Result> evaluation, String note,
                         List<Prediction> heldOut, List<Prediction> predictions) {
    }

    private final ActivityPatterns patterns;
    private final int maxKept;
    private final double[] lambdas;
    private final boolean predictAll;
    private final List<EngagementPost> kept = new ArrayList<>();
    private long dropped;

    /** The full analysis: λ chosen from {@link EngagementDefaults#LAMBDAS}, every kept post predicted. */
    public EngagementAnalysis(ZoneId zone, int maxAuthors, int maxKept) {
        this(zone, maxAuthors, maxKept, EngagementDefaults.LAMBDAS, true);
    }

    /**
     * @param lambdas    ridge penalties to choose from (one: no choice, one fit instead of one per candidate)
     * @param predictAll whether to fit a second model on every post and predict each (the report needs only the held-out ones)
     */
    public EngagementAnalysis(ZoneId zone, int maxAuthors, int maxKept, double[] lambdas, boolean predictAll) {
        this.patterns = new ActivityPatterns(zone, maxAuthors);
        this.maxKept = maxKept;
        this.lambdas = lambdas.clone();
        this.predictAll = predictAll;
    }

    /** Sees one post (ignored without a time). */
    public void add(EngagementPost p) {
        if (p == null) {
            return;
        }
        patterns.post(p.author(), p.time());
        if (kept.size() < maxKept) {
            String text = p.text().length() > MAX_TEXT ? p.text().substring(0, MAX_TEXT) : p.text();
            kept.add(new EngagementPost(p.author(), p.time(), text, p.hashtags(), p.urls(), p.mentions(), p.media(), p.counts()));
        } else {
            dropped++;
        }
    }

    /** Posts seen but not kept for modelling. */
    public long dropped() {
        return dropped;
    }

    public Result finish() {
        List<Observed> walk = Observed.walk(kept);
        for (Observed o : walk) {
            patterns.lift(o.post().author(), o.post().time(), lift(o));
        }
        List<Observed> complete = walk.stream().filter(o -> o.post().complete()).toList();
        if (complete.size() < MIN_POSTS_TO_EVALUATE) {
            String note = complete.size() + " posts with reply, repost and like counts; at least " + MIN_POSTS_TO_EVALUATE
                    + " are needed to train and evaluate";
            return new Result(patterns, Optional.empty(), note, List.of(), List.of());
        }
        EngagementEvaluation.Result eval = EngagementEvaluation.run(kept, EngagementDefaults.TEST_FRACTION,
                EngagementDefaults.HASH_BITS, lambdas);
        List<Prediction> heldOut = new ArrayList<>();
        List<Observed> evaluated = Observed.walk(kept.stream().filter(EngagementPost::complete).toList());  // as run() walks
        for (Observed o : EngagementEvaluation.split(evaluated, EngagementDefaults.TEST_FRACTION).get(1)) {
            heldOut.add(new Prediction(o.post(), eval.model().predict(o.post(), o.before()), true));
        }
        if (!predictAll) {
            return new Result(patterns, Optional.of(eval), "", heldOut, List.of());
        }
        EngagementModel all = EngagementModel.fit(complete, EngagementDefaults.HASH_BITS, eval.lambda());
        List<Prediction> predictions = new ArrayList<>(walk.size());
        for (Observed o : walk) {
            predictions.add(new Prediction(o.post(), all.predict(o.post(), o.before()), false));
        }
        return new Result(patterns, Optional.of(eval), "", heldOut, predictions);
    }

    /** Mean over the known targets of log1p(count) − the author's level; NaN without history or counts. */
    static double lift(Observed o) {
        double sum = 0;
        int n = 0;
        for (EngagementTarget t : EngagementTarget.values()) {
            if (o.post().has(t) && o.before().counted()[t.ordinal()] > 0) {
                sum += o.post().logCount(t) - o.before().level(t, 0);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
