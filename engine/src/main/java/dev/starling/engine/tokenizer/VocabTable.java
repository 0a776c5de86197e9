package dev.starling.engine.tokenizer;

import java.util.Map;

/**
 * A read-only string → id map that is probed with a range of a char buffer, so that the greedy
 * longest-match loop of WordPiece looks up each candidate piece without building a String.
 *
 * <p>Open addressing with linear probing over a power-of-two table at most half full; the hash is
 * {@link String#hashCode()} (computable over a range) with a final mix, so keys are hashed once at build
 * time through the cached String hash.
 */
final class VocabTable {
    private final String[] keys;
    private final int[] values;
    private final int mask;
    private final int maxKeyLength;

    /** Builds the table from {@code entries}, keeping only keys that start with {@code prefix}, minus it. */
    VocabTable(Map<String, Integer> entries, String prefix) {
        int n = 0;
        for (String k : entries.keySet()) {
            n += k.startsWith(prefix) ? 1 : 0;
        }
        int capacity = Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1;
        keys = new String[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        int longest = 0;
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                String key = e.getKey().substring(prefix.length());
                put(key, e.getValue());
                longest = Math.max(longest, key.length());
            }
        }
        maxKeyLength = longest;
    }

    private void put(String key, int value) {
        int slot = mix(key.hashCode()) & mask;
        while (keys[slot] != null && !keys[slot].equals(key)) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    /** The longest key, in chars: no piece longer than this can match. */
    int maxKeyLength() {
        return maxKeyLength;
    }

    /** The id of {@code s[from, to)}, or -1. */
    int get(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        int len = to - from;
        for (int slot = mix(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (matches(keys[slot], s, from, len)) {
                return values[slot];
            }
        }
        return -1;
    }

    private static boolean matches(String key, CharSequence s, int from, int len) {
        if (key.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (key.charAt(i) != s.charAt(from + i)) {
                return false;
            }
        }
        return true;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
