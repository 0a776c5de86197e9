package dev.starling.analysis.influence;

import java.util.Arrays;

/** An open-addressing map from long keys to int values (12 bytes a slot): post hash → author index. */
final class LongIntMap {
    private static final int EMPTY = -1;
    private long[] keys = new long[1024];
    private int[] values = new int[1024];
    private int size;

    LongIntMap() {
        Arrays.fill(values, EMPTY);
    }

    void put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("values must be >= 0");
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int i = slot(key, keys.length);
        while (values[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & (keys.length - 1);
        }
        if (values[i] == EMPTY) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    /** The value of {@code key}, or -1. */
    int get(long key) {
        int i = slot(key, keys.length);
        while (values[i] != EMPTY) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & (keys.length - 1);
        }
        return EMPTY;
    }

    private void grow() {
        long[] oldK = keys;
        int[] oldV = values;
        keys = new long[oldK.length * 2];
        values = new int[oldK.length * 2];
        Arrays.fill(values, EMPTY);
        size = 0;
        for (int i = 0; i < oldK.length; i++) {
            if (oldV[i] != EMPTY) {
                put(oldK[i], oldV[i]);
            }
        }
    }

    private static int slot(long key, int capacity) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & (capacity - 1);
    }
}
