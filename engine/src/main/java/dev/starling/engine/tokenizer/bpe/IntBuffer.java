package dev.starling.engine.tokenizer.bpe;

import java.util.Arrays;

/** A growable int array for collecting ids. */
final class IntBuffer {
    private int[] a = new int[32];
    private int n;

    void add(int x) {
        if (n == a.length) {
            a = Arrays.copyOf(a, 2 * n);
        }
        a[n++] = x;
    }

    void addAll(int[] xs) {
        if (n + xs.length > a.length) {
            a = Arrays.copyOf(a, Math.max(2 * a.length, n + xs.length));
        }
        System.arraycopy(xs, 0, a, n, xs.length);
        n += xs.length;
    }

    int size() {
        return n;
    }

    int[] toArray() {
        return Arrays.copyOf(a, n);
    }
}
