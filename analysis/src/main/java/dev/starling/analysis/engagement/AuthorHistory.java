package dev.starling.analysis.engagement;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The running state of every author: what was known of their engagement before a given post. Feed
 * posts in time order; {@link #before} the post, {@link #record} it after.
 *
 * <p>Per target and author it keeps the running mean of {@code log1p(count)} over all earlier posts
 * (the "author running mean" baseline) and two exponentially weighted means, a slow one (about the
 * last {@code 1/SLOW} posts: the author's current level, since audiences grow and shrink) and a
 * fast one (the last few posts: momentum).
 */
public final class AuthorHistory {
    /** Weight of the newest post in the slow mean: about the last 20 posts. */
    public static final double SLOW = 0.05;
    /** Weight of the newest post in the fast mean: about the last 3 posts. */
    public static final double FAST = 0.3;
    private static final int K = EngagementTarget.values().length;

    /**
     * An author's state before a post.
     *
     * @param posts     earlier posts (with or without counts)
     * @param counted   per target: earlier posts with that count known
     * @param mean      per target: running mean of log1p(count), NaN when {@code counted == 0}
     * @param slow      per target: slow exponentially weighted mean, NaN when none
     * @param fast      per target: fast exponentially weighted mean, NaN when none
     * @param hoursSinceLast hours since the author's previous post (NaN for the first)
     */
    public record State(int posts, int[] counted, double[] mean, double[] slow, double[] fast, double hoursSinceLast) {
        /** The author's current level for {@code t}: the slow mean, else {@code fallback}. */
        public double level(EngagementTarget t, double fallback) {
            return counted[t.ordinal()] == 0 ? fallback : slow[t.ordinal()];
        }

        /** The author running mean for {@code t}, else {@code fallback}. */
        public double runningMean(EngagementTarget t, double fallback) {
            return counted[t.ordinal()] == 0 ? fallback : mean[t.ordinal()];
        }
    }

    private static final class Running {
        int posts;
        final int[] counted = new int[K];
        final double[] sum = new double[K];
        final double[] slow = new double[K];
        final double[] fast = new double[K];
        Instant last;
    }

    private final Map<String, Running> authors = new HashMap<>();

    /** What was known of {@code p}'s author before {@code p}. */
    public State before(EngagementPost p) {
        Running r = authors.get(p.author());
        if (r == null) {
            double[] none = nans();
            return new State(0, new int[K], none, none, none, Double.NaN);
        }
        double[] mean = new double[K];
        double[] slow = new double[K];
        double[] fast = new double[K];
        for (int k = 0; k < K; k++) {
            boolean any = r.counted[k] > 0;
            mean[k] = any ? r.sum[k] / r.counted[k] : Double.NaN;
            slow[k] = any ? r.slow[k] : Double.NaN;
            fast[k] = any ? r.fast[k] : Double.NaN;
        }
        double hours = Math.max(0, Duration.between(r.last, p.time()).toMinutes() / 60.0);
        return new State(r.posts, r.counted.clone(), mean, slow, fast, hours);
    }

    /** Adds {@code p} (and its counts, where known) to its author's history. */
    public void record(EngagementPost p) {
        Running r = authors.computeIfAbsent(p.author(), a -> new Running());
        r.posts++;
        r.last = r.last == null || p.time().isAfter(r.last) ? p.time() : r.last;
        for (EngagementTarget t : EngagementTarget.values()) {
            if (!p.has(t)) {
                continue;
            }
            int k = t.ordinal();
            double y = p.logCount(t);
            r.slow[k] = r.counted[k] == 0 ? y : (1 - SLOW) * r.slow[k] + SLOW * y;
            r.fast[k] = r.counted[k] == 0 ? y : (1 - FAST) * r.fast[k] + FAST * y;
            r.sum[k] += y;
            r.counted[k]++;
        }
    }

    /** Number of authors seen. */
    public int authors() {
        return authors.size();
    }

    private static double[] nans() {
        double[] a = new double[K];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }
}
