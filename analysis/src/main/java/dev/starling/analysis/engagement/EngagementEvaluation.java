package dev.starling.analysis.engagement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A time-based evaluation: train on the posts before a cut-off, test on those after it, and compare
 * the model with the author running mean and the text-length baseline, per target, by Spearman ρ
 * (pooled over all test posts, and the mean within authors with enough test posts) and by the mean
 * absolute error of log1p counts. λ is chosen on the last part of the training period only.
 */
public final class EngagementEvaluation {
    /** Methods in table order. */
    public static final List<String> METHODS = List.of("model", "author running mean", "text length", "author recent level");
    static final int MIN_AUTHOR_POSTS = 10;

    /** One table row. {@code withinSpearman} is NaN when no author has enough test posts. */
    public record Row(EngagementTarget target, String method, int n, double spearman, double withinSpearman, double mae) {
    }

    /** The evaluation: where the split fell, the chosen λ and the rows (target-major, {@link #METHODS} order). */
    public record Result(Instant cutoff, int train, int test, double lambda, EngagementModel model, List<Row> rows) {
        public Row row(EngagementTarget t, String method) {
            return rows.stream().filter(r -> r.target() == t && r.method().equals(method)).findFirst().orElseThrow();
        }

        /** The rows as a Markdown table. */
        public String markdown() {
            StringBuilder sb = new StringBuilder("| target | method | n | Spearman ρ (pooled) | Spearman ρ (within author) | MAE log1p |\n");
            sb.append("|---|---|---:|---:|---:|---:|\n");
            for (Row r : rows) {
                sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s |%n",
                        r.target().label(), r.method(), r.n(), cell(r.spearman()), cell(r.withinSpearman()), cell(r.mae())));
            }
            return sb.toString();
        }
    }

    private static String cell(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "–";
    }

    private EngagementEvaluation() {
    }

    /**
     * Splits {@code posts} at the time quantile {@code 1 − testFraction}, picks λ from {@code lambdas}
     * on the training period (a single λ is taken as given), refits, and evaluates every method on the later period.
     */
    public static Result run(List<EngagementPost> posts, double testFraction, int hashBits, double[] lambdas) {
        List<Observed> all = Observed.walk(posts.stream().filter(EngagementPost::complete).toList());
        List<List<Observed>> split = split(all, testFraction);
        List<Observed> train = split.get(0);
        List<Observed> test = split.get(1);
        double lambda = chooseLambda(train, testFraction, hashBits, lambdas);
        EngagementModel model = EngagementModel.fit(train, hashBits, lambda);
        List<Row> rows = new ArrayList<>();
        double[] prior = EngagementModel.priors(train);
        for (EngagementTarget t : EngagementTarget.values()) {
            LengthBaseline length = LengthBaseline.fit(lengths(train), targets(train, t));
            rows.add(score(t, "model", test, o -> model.predict(o.post(), o.before())[t.ordinal()], null));
            rows.add(score(t, "author running mean", test, o -> o.before().runningMean(t, prior[t.ordinal()]), null));
            rows.add(score(t, "text length", test, o -> length.predict(o.post().text().length()),
                    o -> length.score(o.post().text().length())));
            // ablation, not a baseline of the issue: the model's starting point without any feature
            rows.add(score(t, "author recent level", test, o -> model.features().level(o.before(), t), null));
        }
        return new Result(test.get(0).post().time(), train.size(), test.size(), lambda, model, rows);
    }

    /** [train, test] at the time quantile; every post of the cut-off instant goes to test. */
    static List<List<Observed>> split(List<Observed> chronological, double testFraction) {
        if (testFraction <= 0 || testFraction >= 1) {
            throw new IllegalArgumentException("test fraction must be in (0, 1): " + testFraction);
        }
        int cut = (int) Math.round(chronological.size() * (1 - testFraction));
        if (cut < 1 || cut >= chronological.size()) {
            throw new IllegalArgumentException("too few posts with counts to split: " + chronological.size());
        }
        Instant at = chronological.get(cut).post().time();
        while (cut > 0 && !chronological.get(cut - 1).post().time().isBefore(at)) {
            cut--;
        }
        return List.of(chronological.subList(0, cut), chronological.subList(cut, chronological.size()));
    }

    private static double chooseLambda(List<Observed> train, double fraction, int hashBits, double[] lambdas) {
        if (lambdas.length == 1) {
            return lambdas[0];
        }
        List<List<Observed>> inner = split(train, fraction);
        double best = lambdas[0];
        double bestError = Double.POSITIVE_INFINITY;
        for (double lambda : lambdas) {
            EngagementModel m = EngagementModel.fit(inner.get(0), hashBits, lambda);
            double error = 0;
            for (EngagementTarget t : EngagementTarget.values()) {
                error += score(t, "model", inner.get(1), o -> m.predict(o.post(), o.before())[t.ordinal()], null).mae();
            }
            if (error < bestError) {
                bestError = error;
                best = lambda;
            }
        }
        return best;
    }

    /** Metrics of one method: {@code value} is its log1p prediction, {@code rank} its ranking score (default: value). */
    static Row score(EngagementTarget t, String method, List<Observed> test, ToDoubleFunction<Observed> value,
                     ToDoubleFunction<Observed> rank) {
        ToDoubleFunction<Observed> ranking = rank == null ? value : rank;
        double[] y = targets(test, t);
        double[] pred = test.stream().mapToDouble(value).toArray();
        double[] score = test.stream().mapToDouble(ranking).toArray();
        Map<String, List<Integer>> byAuthor = new HashMap<>();
        for (int i = 0; i < test.size(); i++) {
            byAuthor.computeIfAbsent(test.get(i).post().author(), a -> new ArrayList<>()).add(i);
        }
        double within = 0;
        int authors = 0;
        for (List<Integer> idx : byAuthor.values()) {
            if (idx.size() >= MIN_AUTHOR_POSTS) {
                double rho = RankMetrics.spearman(pick(y, idx), pick(score, idx));
                within += Double.isNaN(rho) ? 0 : rho;
                authors++;
            }
        }
        return new Row(t, method, y.length, RankMetrics.spearman(y, score), authors == 0 ? Double.NaN : within / authors,
                RankMetrics.mae(y, pred));
    }

    private static double[] pick(double[] v, List<Integer> idx) {
        return idx.stream().mapToDouble(i -> v[i]).toArray();
    }

    private static double[] targets(List<Observed> obs, EngagementTarget t) {
        return obs.stream().mapToDouble(o -> o.post().logCount(t)).toArray();
    }

    private static double[] lengths(List<Observed> obs) {
        return obs.stream().mapToDouble(o -> o.post().text().length()).toArray();
    }
}
