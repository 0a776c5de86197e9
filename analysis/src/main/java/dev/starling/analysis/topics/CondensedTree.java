package dev.starling.analysis.topics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * HDBSCAN's condensed tree and excess-of-mass selection. Walking the dendrogram from the root
 * with λ = 1 / height: a split into two parts of at least minClusterSize points gives two new
 * clusters; a smaller part "falls out" of its cluster at that λ. stability(C) = Σ over what
 * leaves C of (λ_leave − λ_birth(C)) × size. A cluster is selected when its stability is at
 * least the summed stability of its selected descendants; the root is never selected.
 */
final class CondensedTree {
    /** Heights of 0 (duplicate points) would give λ = ∞; cap λ so stabilities stay finite. */
    private static final double MIN_HEIGHT = 1e-9;

    private final Linkage linkage;
    private final int minClusterSize;
    private final int maxClusterSize;
    private final List<Integer> clusterSize = new ArrayList<>();
    private final List<Integer> clusterParent = new ArrayList<>();
    private final List<Double> birth = new ArrayList<>();
    private final List<Double> stability = new ArrayList<>();
    private final int[] pointCluster;

    CondensedTree(Linkage linkage, int minClusterSize, int maxClusterSize) {
        this.linkage = linkage;
        this.minClusterSize = minClusterSize;
        this.maxClusterSize = maxClusterSize;
        this.pointCluster = new int[linkage.leaves()];
        condense();
    }

    private int newCluster(int parent, double lambda, int size) {
        clusterSize.add(size);
        clusterParent.add(parent);
        birth.add(lambda);
        stability.add(0.0);
        return clusterParent.size() - 1;
    }

    private void addStability(int cluster, double lambda, int size) {
        stability.set(cluster, stability.get(cluster) + (lambda - birth.get(cluster)) * size);
    }

    private void condense() {
        int root = newCluster(-1, 0.0, linkage.leaves());
        Deque<int[]> stack = new ArrayDeque<>();   // {dendrogram node, cluster it belongs to}
        stack.push(new int[] {linkage.root(), root});
        while (!stack.isEmpty()) {
            int[] top = stack.pop();
            int node = top[0];
            int cluster = top[1];
            if (linkage.isLeaf(node)) {
                pointCluster[node] = cluster;   // a single point left as its cluster's last member
                addStability(cluster, birth.get(cluster), 1);
                continue;
            }
            int i = node - linkage.leaves();
            double lambda = 1.0 / Math.max(linkage.height()[i], MIN_HEIGHT);
            int l = linkage.left()[i];
            int r = linkage.right()[i];
            boolean bigL = linkage.sizeOf(l) >= minClusterSize;
            boolean bigR = linkage.sizeOf(r) >= minClusterSize;
            if (bigL && bigR) {
                for (int child : new int[] {r, l}) {
                    int c = newCluster(cluster, lambda, linkage.sizeOf(child));
                    addStability(cluster, lambda, linkage.sizeOf(child));
                    stack.push(new int[] {child, c});
                }
            } else {
                fallOut(bigL ? -1 : l, cluster, lambda);
                fallOut(bigR ? -1 : r, cluster, lambda);
                if (bigL) {
                    stack.push(new int[] {l, cluster});
                }
                if (bigR) {
                    stack.push(new int[] {r, cluster});
                }
            }
        }
    }

    /** Every point under {@code node} leaves {@code cluster} at {@code lambda}. */
    private void fallOut(int node, int cluster, double lambda) {
        if (node < 0) {
            return;
        }
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(node);
        while (!stack.isEmpty()) {
            int n = stack.pop();
            if (linkage.isLeaf(n)) {
                pointCluster[n] = cluster;
                addStability(cluster, lambda, 1);
            } else {
                stack.push(linkage.right()[n - linkage.leaves()]);
                stack.push(linkage.left()[n - linkage.leaves()]);
            }
        }
    }

    /** Excess of mass: children have larger ids than their parent, so one pass from the last id up. */
    private boolean[] select() {
        int k = clusterParent.size();
        boolean[] selected = new boolean[k];
        double[] childSum = new double[k];
        double[] best = new double[k];
        for (int c = k - 1; c >= 1; c--) {
            boolean tooBig = maxClusterSize > 0 && clusterSize.get(c) > maxClusterSize;
            if (!tooBig && stability.get(c) >= childSum[c]) {
                selected[c] = true;
                best[c] = stability.get(c);
            } else {
                best[c] = childSum[c];
            }
            childSum[clusterParent.get(c)] += best[c];
        }
        // A selected cluster hides every selected descendant.
        for (int c = 1; c < k; c++) {
            for (int a = clusterParent.get(c); a > 0; a = clusterParent.get(a)) {
                if (selected[a]) {
                    selected[c] = false;
                    break;
                }
            }
        }
        return selected;
    }

    /** [m] labels 0..k-1 numbered by first appearance over the points, or {@link Clusterer#NOISE}. */
    int[] labels() {
        boolean[] selected = select();
        int[] rename = new int[clusterParent.size()];
        Arrays.fill(rename, -2);
        int next = 0;
        int[] labels = new int[pointCluster.length];
        for (int p = 0; p < labels.length; p++) {
            int c = pointCluster[p];
            while (c > 0 && !selected[c]) {
                c = clusterParent.get(c);
            }
            if (c <= 0) {
                labels[p] = Clusterer.NOISE;
                continue;
            }
            if (rename[c] == -2) {
                rename[c] = next++;
            }
            labels[p] = rename[c];
        }
        return labels;
    }
}
