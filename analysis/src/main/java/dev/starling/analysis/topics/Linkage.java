package dev.starling.analysis.topics;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The single-linkage dendrogram of a spanning tree, as scipy writes it: leaves are 0..m-1, the
 * merge made by the i-th lightest edge is node m+i, with its two children, height and size.
 */
record Linkage(int leaves, int[] left, int[] right, double[] height, int[] size) {

    static Linkage of(int m, double[][] edges) {
        double[][] sorted = edges.clone();
        // Ties by endpoint indices, so equal distances (duplicate posts) merge in a fixed order.
        Arrays.sort(sorted, Comparator.<double[]>comparingDouble(e -> e[2]).thenComparingDouble(e -> e[0]).thenComparingDouble(e -> e[1]));
        int n = m - 1;
        int[] left = new int[n];
        int[] right = new int[n];
        double[] height = new double[n];
        int[] size = new int[n];
        int[] node = new int[m];
        int[] set = new int[m];
        for (int i = 0; i < m; i++) {
            node[i] = i;
            set[i] = i;
        }
        for (int i = 0; i < n; i++) {
            int a = find(set, (int) sorted[i][0]);
            int b = find(set, (int) sorted[i][1]);
            left[i] = node[a];
            right[i] = node[b];
            height[i] = sorted[i][2];
            size[i] = sizeOf(node[a], m, size) + sizeOf(node[b], m, size);
            set[b] = a;
            node[a] = m + i;
        }
        return new Linkage(m, left, right, height, size);
    }

    int root() {
        return 2 * leaves - 2;
    }

    boolean isLeaf(int node) {
        return node < leaves;
    }

    int sizeOf(int node) {
        return sizeOf(node, leaves, size);
    }

    private static int sizeOf(int node, int m, int[] size) {
        return node < m ? 1 : size[node - m];
    }

    private static int find(int[] set, int i) {
        while (set[i] != i) {
            set[i] = set[set[i]];
            i = set[i];
        }
        return i;
    }
}
