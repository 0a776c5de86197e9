package dev.starling.analysis.engagement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text-length baseline: a monotone (isotonic) fit of log1p(count) on the number of characters,
 * by pool-adjacent-violators, in whichever direction (non-decreasing or non-increasing) fits the
 * training posts better. Its ranking score is the signed length itself, so its Spearman ρ is that of
 * "rank by length" in the learned direction, without the ties a step function would add.
 */
public final class LengthBaseline {
    private final double[] upper;   // [B] largest length of each block, ascending
    private final double[] value;   // [B] fitted log1p(count) of each block
    private final int direction;    // +1: longer means more, −1: less

    private LengthBaseline(double[] upper, double[] value, int direction) {
        this.upper = upper;
        this.value = value;
        this.direction = direction;
    }

    /** Fits {@code y ≈ f(length)} with f monotone; {@code lengths} and {@code y} are parallel. */
    public static LengthBaseline fit(double[] lengths, double[] y) {
        if (lengths.length == 0 || lengths.length != y.length) {
            throw new IllegalArgumentException("need as many lengths as targets, at least one");
        }
        LengthBaseline up = pav(lengths, y, 1);
        LengthBaseline down = pav(lengths, y, -1);
        return up.sse(lengths, y) <= down.sse(lengths, y) ? up : down;
    }

    /** The fitted log1p(count) for a text of this length. */
    public double predict(double length) {
        int i = Arrays.binarySearch(upper, length);
        int block = i >= 0 ? i : Math.min(-i - 1, upper.length - 1);
        return value[block];
    }

    /** The ranking score: the length, negated when longer posts do worse. */
    public double score(double length) {
        return direction * length;
    }

    public int direction() {
        return direction;
    }

    private double sse(double[] lengths, double[] y) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double d = y[i] - predict(lengths[i]);
            s += d * d;
        }
        return s;
    }

    /** Pool adjacent violators over the distinct lengths, ascending. */
    private static LengthBaseline pav(double[] lengths, double[] y, int direction) {
        Integer[] order = new Integer[y.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(lengths[a], lengths[b]));
        List<double[]> blocks = new ArrayList<>();   // {upper length, weight, mean}
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            double[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (last != null && last[0] == lengths[i]) {
                merge(last, new double[]{lengths[i], 1, y[i]});
            } else {
                blocks.add(new double[]{lengths[i], 1, y[i]});
            }
            while (blocks.size() > 1 && violates(blocks, direction)) {
                double[] top = blocks.remove(blocks.size() - 1);
                merge(blocks.get(blocks.size() - 1), top);
            }
        }
        double[] upper = new double[blocks.size()];
        double[] value = new double[blocks.size()];
        for (int b = 0; b < upper.length; b++) {
            upper[b] = blocks.get(b)[0];
            value[b] = blocks.get(b)[2];
        }
        return new LengthBaseline(upper, value, direction);
    }

    private static boolean violates(List<double[]> blocks, int direction) {
        double prev = blocks.get(blocks.size() - 2)[2];
        double last = blocks.get(blocks.size() - 1)[2];
        return direction * (last - prev) < 0;
    }

    /** Pools {@code b} into {@code a} (a keeps the larger upper length). */
    private static void merge(double[] a, double[] b) {
        double w = a[1] + b[1];
        a[2] = (a[2] * a[1] + b[2] * b[1]) / w;
        a[1] = w;
        a[0] = Math.max(a[0], b[0]);
    }
}
