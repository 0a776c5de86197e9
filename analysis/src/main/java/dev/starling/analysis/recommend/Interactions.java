package dev.starling.analysis.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Implicit feedback: which user touched which item when. Users are {@code 0..users-1}, items
 * {@code 0..items-1}; each user's history is sorted by time (ties keep insertion order). A time
 * of {@link #UNDATED} means "some time before every dated event" (Last.fm listens without a date).
 */
public final class Interactions {
    /** The time of an event whose date is unknown: older than every dated event, ignored by recency. */
    public static final long UNDATED = Long.MIN_VALUE;

    private final int items;
    private final int[][] itemsOf;
    private final long[][] timesOf;
    private final int[] itemCount;

    private Interactions(int items, int[][] itemsOf, long[][] timesOf) {
        this.items = items;
        this.itemsOf = itemsOf;
        this.timesOf = timesOf;
        this.itemCount = new int[items];
        for (int[] h : itemsOf) {
            for (int i : h) {
                itemCount[i]++;
            }
        }
    }

    public int users() {
        return itemsOf.length;
    }

    public int items() {
        return items;
    }

    /** The items of {@code user}, oldest first. Shared: do not modify. */
    public int[] itemsOf(int user) {
        return itemsOf[user];
    }

    /** The times (epoch seconds, or {@link #UNDATED}) parallel to {@link #itemsOf}. Shared: do not modify. */
    public long[] timesOf(int user) {
        return timesOf[user];
    }

    /** How many users touched each item. Shared: do not modify. */
    public int[] itemCounts() {
        return itemCount;
    }

    public long size() {
        long n = 0;
        for (int[] h : itemsOf) {
            n += h.length;
        }
        return n;
    }

    /** The same interactions with each user's last {@code drop[u]} events removed. */
    Interactions withoutLast(int[] drop) {
        int[][] it = new int[itemsOf.length][];
        long[][] ts = new long[itemsOf.length][];
        for (int u = 0; u < itemsOf.length; u++) {
            int keep = itemsOf[u].length - drop[u];
            it[u] = Arrays.copyOf(itemsOf[u], keep);
            ts[u] = Arrays.copyOf(timesOf[u], keep);
        }
        return new Interactions(items, it, ts);
    }

    /** Collects events, then sorts each user's history by time. */
    public static final class Builder {
        private final int users;
        private final int items;
        private final List<List<long[]>> events = new ArrayList<>();

        public Builder(int users, int items) {
            this.users = users;
            this.items = items;
            for (int u = 0; u < users; u++) {
                events.add(new ArrayList<>());
            }
        }

        /** Records that {@code user} touched {@code item} at {@code time} (epoch seconds or {@link #UNDATED}). */
        public Builder add(int user, int item, long time) {
            if (item < 0 || item >= items) {
                throw new IllegalArgumentException("item out of range: " + item);
            }
            events.get(user).add(new long[] {time, item});
            return this;
        }

        public Interactions build() {
            int[][] it = new int[users][];
            long[][] ts = new long[users][];
            for (int u = 0; u < users; u++) {
                List<long[]> e = events.get(u);
                e.sort((a, b) -> Long.compare(a[0], b[0]));
                it[u] = new int[e.size()];
                ts[u] = new long[e.size()];
                for (int k = 0; k < e.size(); k++) {
                    ts[u][k] = e.get(k)[0];
                    it[u][k] = (int) e.get(k)[1];
                }
            }
            return new Interactions(items, it, ts);
        }
    }
}
