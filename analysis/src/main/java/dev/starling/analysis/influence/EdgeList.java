package dev.starling.analysis.influence;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** Growable parallel arrays of edges: source node, target (a node, or a post hash while pending), kind. */
final class EdgeList {
    private static final Interaction[] KINDS = Interaction.values();
    private int[] from = new int[256];
    private long[] target = new long[256];
    private byte[] kind = new byte[256];
    private int size;

    void add(int a, int b, Interaction k) {
        addPending(a, b, k);
    }

    void addPending(int a, long targetPostOrNode, Interaction k) {
        if (size == from.length) {
            from = Arrays.copyOf(from, 2 * size);
            target = Arrays.copyOf(target, 2 * size);
            kind = Arrays.copyOf(kind, 2 * size);
        }
        from[size] = a;
        target[size] = targetPostOrNode;
        kind[size++] = (byte) k.ordinal();
    }

    int size() {
        return size;
    }

    int from(int e) {
        return from[e];
    }

    long target(int e) {
        return target[e];
    }

    Interaction kind(int e) {
        return KINDS[kind[e]];
    }

    EdgeList copy() {
        EdgeList c = new EdgeList();
        c.from = Arrays.copyOf(from, Math.max(size, 1));
        c.target = Arrays.copyOf(target, Math.max(size, 1));
        c.kind = Arrays.copyOf(kind, Math.max(size, 1));
        c.size = size;
        return c;
    }

    /** The node-to-node edges without u → u (an account answering itself endorses no one). */
    EdgeList withoutSelfLoops() {
        EdgeList c = new EdgeList();
        for (int e = 0; e < size; e++) {
            if (from[e] != target[e]) {
                c.add(from[e], (int) target[e], kind(e));
            }
        }
        return c;
    }

    int[] fromArray() {
        return Arrays.copyOf(from, size);
    }

    int[] toArray() {
        int[] t = new int[size];
        for (int e = 0; e < size; e++) {
            t[e] = (int) target[e];
        }
        return t;
    }

    double[] weightArray() {
        double[] w = new double[size];
        for (int e = 0; e < size; e++) {
            w[e] = kind(e).weight();
        }
        return w;
    }

    Map<Interaction, Integer> countsByKind() {
        Map<Interaction, Integer> m = new EnumMap<>(Interaction.class);
        for (int e = 0; e < size; e++) {
            m.merge(kind(e), 1, Integer::sum);
        }
        return m;
    }
}
