package dev.starling.analysis.recommend;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares the blended "for you" ranker with the popularity baseline and implicit ALS under
 * {@link LeaveLastOut}. The blend's weights are chosen on a validation split (each training
 * history's own last event, the test events never seen) from a small grid, then frozen for the
 * test: the test set never picks a weight.
 */
public final class ForYouEvaluation {
    /** A blend's weights: content, co-occurrence, matrix factorisation, popularity, recency, friends. */
    public record Weights(double content, double coOccurrence, double factors, double popularity, double recency, double friends) {
        double[] asArray() {
            return new double[] {content, coOccurrence, factors, popularity, recency, friends};
        }

        @Override
        public String toString() {
            return String.format("content %.2f, co-occurrence %.2f, ALS factors %.2f, popularity %.2f, recency %.2f, friends %.2f",
                    content, coOccurrence, factors, popularity, recency, friends);
        }
    }

    /** What the evaluation needs of a data set. */
    public record Data(String name, Interactions interactions, float[][] itemVectors, int[][] friends) {
    }

    /** Rows of the table, the weights chosen, and how many users and items took part. */
    public record Report(String dataset, List<LeaveLastOut.Result> rows, Weights chosen, int users, int items) {
        public LeaveLastOut.Result row(String name) {
            return rows.stream().filter(r -> r.ranker().equals(name)).findFirst().orElseThrow();
        }
    }

    static final int K = 10;
    static final int ALS_FACTORS = 64;
    static final double HALF_LIFE_DAYS = 7;
    static final double MMR_LAMBDA = 0.9;

    private ForYouEvaluation() {
    }

    public static Report run(Data data, int minHistory, long seed) {
        LeaveLastOut.Split test = LeaveLastOut.split(data.interactions(), minHistory);
        LeaveLastOut.Split validation = LeaveLastOut.split(test.train(), minHistory);
        Weights w = choose(data, validation, seed);
        Signals signals = new Signals(data, test.train(), seed);
        List<LeaveLastOut.Result> rows = new ArrayList<>();
        rows.add(LeaveLastOut.evaluate(test, signals.pop, K));
        rows.add(LeaveLastOut.evaluate(test, signals.als, K));
        BlendRanker blend = signals.blend(w);
        rows.add(LeaveLastOut.evaluate(test, blend, K));
        float[][] v = data.itemVectors();
        rows.add(LeaveLastOut.evaluate(test, blend, K, (c, s, k) -> Mmr.rerank(c, s, v, MMR_LAMBDA, k), "for-you + MMR"));
        return new Report(data.name(), rows, w, test.users().length, data.interactions().items());
    }

    /** The grid's best weights by validation nDCG@10 (ties: the first). */
    static Weights choose(Data data, LeaveLastOut.Split validation, long seed) {
        List<Weights> grid = grid(data.friends() != null);
        double[] ndcg = WeightGrid.ndcg(validation, new Signals(data, validation.train(), seed).all(),
                grid.stream().map(Weights::asArray).toList(), K);
        int best = 0;
        for (int g = 1; g < ndcg.length; g++) {
            best = ndcg[g] > ndcg[best] ? g : best;
        }
        return grid.get(best);
    }

    static List<Weights> grid(boolean social) {
        List<Weights> g = new ArrayList<>();
        for (double content : new double[] {0, 0.25, 0.5}) {
            for (double factors : new double[] {0, 0.5, 1}) {
                for (double pop : new double[] {0, 0.25, 0.5}) {
                    for (double rec : new double[] {0, 0.5, 1}) {
                        for (double fr : social ? new double[] {0, 0.25, 0.5} : new double[] {0}) {
                            g.add(new Weights(content, 1, factors, pop, rec, fr));
                        }
                    }
                }
            }
        }
        return g;
    }

    /** The signals built once per training set, blended with any weights (order of {@link Weights#asArray}). */
    private static final class Signals {
        private final Ranker content;
        private final Ranker co;
        private final Ranker als;
        private final Ranker pop;
        private final Ranker rec;
        private final Ranker friends;

        Signals(Data data, Interactions train, long seed) {
            double halfLife = HALF_LIFE_DAYS * 86_400;
            content = new ContentRanker(train, data.itemVectors(), halfLife);
            co = new CoOccurrenceRanker(train, 100, halfLife);
            als = new ImplicitAls(train, ALS_FACTORS, 10, 1.0, 10, seed);
            pop = new PopularityRanker(train);
            rec = new RecencyRanker(train, halfLife);
            friends = data.friends() == null ? new NoSignal() : new FriendsRanker(train, data.friends());
        }

        List<Ranker> all() {
            return List.of(content, co, als, pop, rec, friends);
        }

        BlendRanker blend(Weights w) {
            List<BlendRanker.Part> parts = new ArrayList<>();
            double[] a = w.asArray();
            for (int j = 0; j < a.length; j++) {
                parts.add(new BlendRanker.Part(all().get(j), a[j]));
            }
            return new BlendRanker("for-you", parts);
        }
    }

    private static final class NoSignal implements Ranker {
        @Override
        public String name() {
            return "none";
        }

        @Override
        public void score(int user, long asOf, float[] out) {
            java.util.Arrays.fill(out, 0f);
        }
    }
}
