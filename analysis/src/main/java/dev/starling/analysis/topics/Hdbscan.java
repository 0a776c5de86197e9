package dev.starling.analysis.topics;

import java.util.Arrays;

/**
 * HDBSCAN (Campello, Moulavi, Sander 2013; the steps of McInnes' {@code hdbscan}): core distances,
 * the minimum spanning tree of the mutual-reachability graph, its single-linkage hierarchy, the
 * condensed tree and excess-of-mass cluster selection ({@link CondensedTree}).
 *
 * <p>O(m² d) time and O(m) memory beyond the points (Prim's algorithm on the implicit complete
 * graph): meant for a bounded sample of a few thousand points, not for a whole corpus.
 * Deterministic: ties are broken by index, and the seed is unused.
 *
 * @param minClusterSize the smallest group that counts as a cluster
 * @param minSamples     the k of the core distance (density estimate), including the point itself
 * @param maxClusterSize a cluster larger than this is never selected, its children are (hdbscan's
 *                       {@code max_cluster_size}): stops excess of mass from answering "English vs
 *                       the rest" on a mixed corpus; 0 = no limit
 */
public record Hdbscan(int minClusterSize, int minSamples, int maxClusterSize) implements Clusterer {
    public Hdbscan {
        if (minClusterSize < 2 || minSamples < 1 || maxClusterSize < 0) {
            throw new IllegalArgumentException("minClusterSize >= 2, minSamples >= 1 and maxClusterSize >= 0 required");
        }
    }

    public Hdbscan(int minClusterSize, int minSamples) {
        this(minClusterSize, minSamples, 0);
    }

    @Override
    public int[] cluster(float[][] points, long seed) {
        int m = points.length;
        if (m < minClusterSize) {
            int[] noise = new int[m];
            Arrays.fill(noise, NOISE);
            return noise;
        }
        double[] core = coreDistances(points);
        double[][] mst = minimumSpanningTree(points, core);
        Linkage linkage = Linkage.of(m, mst);
        return new CondensedTree(linkage, minClusterSize, maxClusterSize).labels();
    }

    /** core(i) = distance to the minSamples-th nearest point, the point itself being the first. [m] */
    double[] coreDistances(float[][] x) {
        int m = x.length;
        int k = Math.min(minSamples, m) - 1;
        double[] core = new double[m];
        double[] row = new double[m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                row[j] = distance(x[i], x[j]);
            }
            core[i] = select(row, k);
        }
        return core;
    }

    /** Prim on mutual reachability mr(a, b) = max(core a, core b, |a - b|): m-1 edges {a, b, weight}. */
    static double[][] minimumSpanningTree(float[][] x, double[] core) {
        int m = x.length;
        boolean[] inTree = new boolean[m];
        double[] best = new double[m];
        int[] from = new int[m];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        double[][] edges = new double[m - 1][];
        int current = 0;
        inTree[0] = true;
        for (int e = 0; e < m - 1; e++) {
            int next = -1;
            for (int j = 0; j < m; j++) {
                if (inTree[j]) {
                    continue;
                }
                double mr = Math.max(Math.max(core[current], core[j]), distance(x[current], x[j]));
                if (mr < best[j]) {
                    best[j] = mr;
                    from[j] = current;
                }
                if (next < 0 || best[j] < best[next]) {
                    next = j;
                }
            }
            inTree[next] = true;
            edges[e] = new double[] {from[next], next, best[next]};
            current = next;
        }
        return edges;
    }

    static double distance(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    /** The k-th smallest value (0-based) of {@code v}; reorders v. */
    private static double select(double[] v, int k) {
        Arrays.sort(v);
        return v[k];
    }
}
