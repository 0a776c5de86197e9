package dev.starling.engine.tokenizer.bpe;

import java.util.Arrays;

/**
 * (left id, right id) → (rank, merged id) for BPE merges: open addressing over a power-of-two table
 * at most half full, so the merge loop probes it without boxing.
 */
final class PairTable {
    private final long[] keys;
    private final long[] values;
    private final int mask;

    PairTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new long[capacity];
        values = new long[capacity];
        Arrays.fill(keys, -1L); // why: ids are non-negative, so no real key is -1
        mask = capacity - 1;
    }

    private static long key(int left, int right) {
        return ((long) left << 32) | (right & 0xFFFFFFFFL);
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        int s = (int) (h ^ (h >>> 32)) & mask;
        while (keys[s] != -1L && keys[s] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /** Adds the merge unless the pair already has one (the first, lowest rank, wins). */
    void putIfAbsent(int left, int right, int rank, int mergedId) {
        long k = key(left, right);
        int s = slot(k);
        if (keys[s] == -1L) {
            keys[s] = k;
            values[s] = ((long) rank << 32) | (mergedId & 0xFFFFFFFFL);
        }
    }

    /** {@code rank << 32 | merged id}, or -1 when the pair does not merge. */
    long get(int left, int right) {
        if (left < 0 || right < 0) {
            return -1L;
        }
        long k = key(left, right);
        int s = slot(k);
        return keys[s] == k ? values[s] : -1L;
    }
}
