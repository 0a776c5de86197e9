package dev.starling.analysis.recommend;

import java.util.Arrays;

/**
 * Trending: each item's dated events, each worth {@code exp(-(asOf - t) / tau)}, summed over events
 * strictly before {@code asOf} (score = log(1 + sum)). Undated events count nothing.
 *
 * <p>Why snapshots: a time-ordered evaluation asks for a different {@code asOf} per user. The sums at
 * {@code B} evenly spaced boundaries are kept ([B, items] floats, at most ~8M); a query decays the
 * last boundary's sums to {@code asOf} and adds the few events since, instead of rescanning history.
 */
public final class RecencyRanker implements Ranker {
    private static final long MAX_SNAPSHOT_FLOATS = 8_000_000;

    private final double tau;
    private final long[] evTime;
    private final int[] evItem;
    private final long[] boundary;
    private final float[][] snapshot;

    /** @param halfLifeSeconds the age at which an event counts half */
    public RecencyRanker(Interactions train, double halfLifeSeconds) {
        this.tau = halfLifeSeconds / Math.log(2);
        long[][] ev = datedEvents(train);
        evTime = ev[0];
        evItem = Arrays.stream(ev[1]).mapToInt(x -> (int) x).toArray();
        int buckets = (int) Math.max(1, Math.min(1024, MAX_SNAPSHOT_FLOATS / Math.max(1, train.items())));
        long first = evTime.length == 0 ? 0 : evTime[0];
        long last = evTime.length == 0 ? 0 : evTime[evTime.length - 1];
        boundary = new long[buckets];
        snapshot = new float[buckets][];
        double[] acc = new double[train.items()];
        long at = first;
        int e = 0;
        for (int b = 0; b < buckets; b++) {
            long next = first + (last - first + 1) * b / buckets;
            decay(acc, next - at);
            at = next;
            while (e < evTime.length && evTime[e] < at) {
                acc[evItem[e]] += Math.exp(-(at - evTime[e]) / tau);
                e++;
            }
            boundary[b] = at;
            snapshot[b] = toFloats(acc);
        }
    }

    @Override
    public String name() {
        return "recency";
    }

    @Override
    public void score(int user, long asOf, float[] out) {
        int b = Arrays.binarySearch(boundary, asOf);
        b = b >= 0 ? b : -b - 2;
        if (b < 0) {
            Arrays.fill(out, 0f);
            return;
        }
        double f = Math.exp(-(asOf - boundary[b]) / tau);
        double[] acc = new double[out.length];
        for (int i = 0; i < out.length; i++) {
            acc[i] = snapshot[b][i] * f;
        }
        int e = lowerBound(evTime, boundary[b]);
        for (; e < evTime.length && evTime[e] < asOf; e++) {
            acc[evItem[e]] += Math.exp(-(asOf - evTime[e]) / tau);
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) Math.log1p(acc[i]);
        }
    }

    private void decay(double[] acc, long dt) {
        double f = Math.exp(-dt / tau);
        for (int i = 0; i < acc.length; i++) {
            acc[i] *= f;
        }
    }

    private static float[] toFloats(double[] a) {
        float[] r = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = (float) a[i];
        }
        return r;
    }

    private static int lowerBound(long[] a, long key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** [times, items] of every dated event, sorted by time. */
    private static long[][] datedEvents(Interactions train) {
        int n = 0;
        for (int u = 0; u < train.users(); u++) {
            for (long t : train.timesOf(u)) {
                n += t == Interactions.UNDATED ? 0 : 1;
            }
        }
        long[][] pairs = new long[n][];
        int k = 0;
        for (int u = 0; u < train.users(); u++) {
            long[] ts = train.timesOf(u);
            int[] it = train.itemsOf(u);
            for (int j = 0; j < ts.length; j++) {
                if (ts[j] != Interactions.UNDATED) {
                    pairs[k++] = new long[] {ts[j], it[j]};
                }
            }
        }
        Arrays.sort(pairs, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        long[] t = new long[n];
        long[] i = new long[n];
        for (int j = 0; j < n; j++) {
            t[j] = pairs[j][0];
            i[j] = pairs[j][1];
        }
        return new long[][] {t, i};
    }
}
