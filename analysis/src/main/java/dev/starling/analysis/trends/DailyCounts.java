package dev.starling.analysis.trends;

import java.util.Arrays;

/**
 * A sparse count per UTC day (epoch day), small for rare keys. Posts arrive mostly in time order,
 * so the day just written is looked up first; others by a scan from the end.
 */
public final class DailyCounts {
    private int[] days = new int[2];
    private int[] counts = new int[2];
    private int size;
    private long total;

    void add(int epochDay) {
        total++;
        for (int i = size - 1; i >= 0; i--) {
            if (days[i] == epochDay) {
                counts[i]++;
                return;
            }
        }
        if (size == days.length) {
            days = Arrays.copyOf(days, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        days[size] = epochDay;
        counts[size++] = 1;
    }

    long total() {
        return total;
    }

    /** Counts for the days {@code firstDay .. firstDay + length - 1}, zero where none. Shape [length]. */
    long[] dense(int firstDay, int length) {
        long[] x = new long[length];
        for (int i = 0; i < size; i++) {
            int d = days[i] - firstDay;
            if (d >= 0 && d < length) {
                x[d] += counts[i];
            }
        }
        return x;
    }
}
