package dev.starling.engine.tokenizer;

import java.util.Arrays;

/** A growable {@code int} array, so that token ids are collected without boxing. */
final class IntList {
    private int[] a;
    private int size;

    IntList(int capacity) {
        a = new int[Math.max(4, capacity)];
    }

    void add(int v) {
        if (size == a.length) {
            a = Arrays.copyOf(a, a.length * 2);
        }
        a[size++] = v;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return a[i];
    }

    /** Drops everything from {@code newSize} on; used to undo the pieces of a word that became [UNK]. */
    void truncate(int newSize) {
        size = newSize;
    }

    int[] toArray() {
        return Arrays.copyOf(a, size);
    }
}
