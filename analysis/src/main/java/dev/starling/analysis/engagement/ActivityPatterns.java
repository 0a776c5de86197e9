package dev.starling.analysis.engagement;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When authors post (hour of day × day of week) and when their posts do better than their own
 * usual level, overall and per author. Memory is bounded: every author's post count is kept, but
 * the detailed grid only for the first {@code maxAuthors} authors seen (and always overall).
 *
 * <p>"Better than usual" is a post's lift: {@code log1p(count) − author level before it}, averaged
 * over the known targets; a slot's lift is shrunk towards 0 as {@code Σ lift / (n + SHRINK)}, so a
 * single lucky post does not make its hour the best one.
 */
public final class ActivityPatterns {
    /** The pseudo-count of zero lift added to every slot. */
    static final double SHRINK = 5;
    /** Slots with fewer posts with counts are never "best". */
    static final int MIN_POSTS = 3;
    /** The key of the all-authors grid. */
    public static final String ALL = "*";

    /** One author's (or everybody's) grid. */
    public static final class Grid {
        final long[][] posts = new long[7][24];     // [weekday Mon..Sun, hour]
        final double[] hourLift = new double[24];
        final int[] hourCounted = new int[24];
        final double[] dayLift = new double[7];
        final int[] dayCounted = new int[7];
        long total;

        /** Posts per [day of week (0 = Monday), hour]. */
        public long[][] posts() {
            long[][] copy = new long[7][];
            for (int d = 0; d < 7; d++) {
                copy[d] = posts[d].clone();
            }
            return copy;
        }

        public long total() {
            return total;
        }

        /** The best time: by lift where enough posts have counts, else the busiest hour and day. */
        public BestTime best() {
            int hour = argmaxLift(hourLift, hourCounted);
            int day = argmaxLift(dayLift, dayCounted);
            if (hour >= 0 && day >= 0) {
                return new BestTime(hour, DayOfWeek.of(day + 1), shrunk(hourLift[hour], hourCounted[hour]),
                        shrunk(dayLift[day], dayCounted[day]), hourCounted[hour], dayCounted[day], true);
            }
            long[] byHour = new long[24];
            long[] byDay = new long[7];
            for (int d = 0; d < 7; d++) {
                for (int h = 0; h < 24; h++) {
                    byHour[h] += posts[d][h];
                    byDay[d] += posts[d][h];
                }
            }
            int h = argmax(byHour);
            int d = argmax(byDay);
            return new BestTime(h, DayOfWeek.of(d + 1), Double.NaN, Double.NaN, (int) byHour[h], (int) byDay[d], false);
        }
    }

    /**
     * The suggested time to post.
     *
     * @param hour          hour of day in the patterns' zone
     * @param day           day of week
     * @param hourLift      shrunk mean lift of that hour (log1p units), NaN when chosen by activity
     * @param dayLift       shrunk mean lift of that day, NaN when chosen by activity
     * @param hourPosts     posts behind the hour's number
     * @param dayPosts      posts behind the day's number
     * @param fromEngagement true when chosen by engagement lift, false when only by activity (no counts)
     */
    public record BestTime(int hour, DayOfWeek day, double hourLift, double dayLift, int hourPosts, int dayPosts,
                           boolean fromEngagement) {
    }

    private final ZoneId zone;
    private final int maxAuthors;
    private final Map<String, Grid> grids = new HashMap<>();
    private final Map<String, Long> postCounts = new HashMap<>();

    public ActivityPatterns(ZoneId zone, int maxAuthors) {
        this.zone = zone;
        this.maxAuthors = maxAuthors;
        grids.put(ALL, new Grid());
    }

    /** Counts one post of {@code author} at {@code time}. */
    public void post(String author, Instant time) {
        postCounts.merge(author, 1L, Long::sum);
        ZonedDateTime z = time.atZone(zone);
        for (Grid g : grids(author)) {
            g.posts[z.getDayOfWeek().getValue() - 1][z.getHour()]++;
            g.total++;
        }
    }

    /** Adds a post's engagement lift (log1p units over its author's level) to its slots. */
    public void lift(String author, Instant time, double lift) {
        if (Double.isNaN(lift)) {
            return;
        }
        ZonedDateTime z = time.atZone(zone);
        int d = z.getDayOfWeek().getValue() - 1;
        for (Grid g : grids(author)) {
            g.hourLift[z.getHour()] += lift;
            g.hourCounted[z.getHour()]++;
            g.dayLift[d] += lift;
            g.dayCounted[d]++;
        }
    }

    /** Everybody's grid. */
    public Grid overall() {
        return grids.get(ALL);
    }

    /** The most active authors with a grid, most posts first (ties by id), at most {@code n}. */
    public List<Map.Entry<String, Grid>> topAuthors(int n) {
        List<Map.Entry<String, Grid>> list = new ArrayList<>();
        for (Map.Entry<String, Grid> e : grids.entrySet()) {
            if (!e.getKey().equals(ALL)) {
                list.add(e);
            }
        }
        list.sort(Comparator.<Map.Entry<String, Grid>>comparingLong(e -> -e.getValue().total).thenComparing(Map.Entry::getKey));
        return list.subList(0, Math.min(n, list.size()));
    }

    /** Number of distinct authors counted. */
    public int authors() {
        return postCounts.size();
    }

    public ZoneId zone() {
        return zone;
    }

    private List<Grid> grids(String author) {
        Grid g = grids.get(author);
        if (g == null && grids.size() <= maxAuthors) {
            g = new Grid();
            grids.put(author, g);
        }
        return g == null ? List.of(grids.get(ALL)) : List.of(grids.get(ALL), g);
    }

    static double shrunk(double sum, int n) {
        return sum / (n + SHRINK);
    }

    private static int argmaxLift(double[] sum, int[] n) {
        int best = -1;
        for (int i = 0; i < sum.length; i++) {
            if (n[i] >= MIN_POSTS && (best < 0 || shrunk(sum[i], n[i]) > shrunk(sum[best], n[best]))) {
                best = i;
            }
        }
        return best;
    }

    private static int argmax(long[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
