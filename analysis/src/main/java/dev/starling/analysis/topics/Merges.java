package dev.starling.analysis.topics;

import java.util.ArrayList;
import java.util.List;

/**
 * Hierarchical merging of topics: repeatedly join the two clusters whose size-weighted mean
 * centroids are most cosine-similar (centroid linkage), as BERTopic's hierarchical topics do with
 * c-TF-IDF vectors. The first k − n merges reduce k topics to n.
 */
public final class Merges {
    private Merges() {
    }

    /**
     * One join: clusters {@code left} and {@code right} (ids &lt; k are topics, k + i is the i-th merge)
     * become cluster k + i.
     */
    public record Merge(int left, int right, double similarity) {
    }

    /** The k − 1 merges of {@code centroids} [k, d] with {@code sizes} [k]. Deterministic: ties go to the lower ids. */
    public static List<Merge> of(float[][] centroids, long[] sizes) {
        int k = centroids.length;
        List<double[]> sum = new ArrayList<>();
        List<Long> weight = new ArrayList<>();
        List<Boolean> alive = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            double[] s = new double[centroids[c].length];
            for (int j = 0; j < s.length; j++) {
                s[j] = centroids[c][j] * (double) Math.max(1, sizes[c]);
            }
            sum.add(s);
            weight.add(Math.max(1, sizes[c]));
            alive.add(true);
        }
        List<Merge> merges = new ArrayList<>();
        for (int step = 0; step < k - 1; step++) {
            int bi = -1;
            int bj = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < sum.size(); i++) {
                for (int j = i + 1; alive.get(i) && j < sum.size(); j++) {
                    double s = alive.get(j) ? cosine(sum.get(i), sum.get(j)) : Double.NEGATIVE_INFINITY;
                    if (s > best) {
                        best = s;
                        bi = i;
                        bj = j;
                    }
                }
            }
            double[] joined = sum.get(bi).clone();
            for (int j = 0; j < joined.length; j++) {
                joined[j] += sum.get(bj)[j];
            }
            alive.set(bi, false);
            alive.set(bj, false);
            sum.add(joined);
            weight.add(weight.get(bi) + weight.get(bj));
            alive.add(true);
            merges.add(new Merge(bi, bj, best));
        }
        return merges;
    }

    /** Topic id → the id after applying the first {@code count} merges, renumbered 0.. by first appearance. */
    public static int[] apply(int k, List<Merge> merges, int count) {
        int[] owner = new int[k + merges.size()];
        for (int i = 0; i < owner.length; i++) {
            owner[i] = i;
        }
        for (int m = 0; m < count; m++) {
            owner[merges.get(m).left()] = k + m;
            owner[merges.get(m).right()] = k + m;
        }
        int[] out = new int[k];
        int[] rename = new int[owner.length];
        java.util.Arrays.fill(rename, -1);
        int next = 0;
        for (int t = 0; t < k; t++) {
            int r = t;
            while (owner[r] != r) {
                r = owner[r];
            }
            if (rename[r] < 0) {
                rename[r] = next++;
            }
            out[t] = rename[r];
        }
        return out;
    }

    private static double cosine(double[] a, double[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return ab / Math.sqrt(Math.max(aa * bb, 1e-30));
    }
}
