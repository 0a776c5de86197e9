package dev.starling.analysis.recommend;

import java.util.Arrays;

/** The k best-scored entries of an array, best first; ties go to the lower index (deterministic). */
public final class TopK {
    private TopK() {
    }

    /** Indices of the {@code k} highest scores, skipping those where {@code excluded[i]} (may be null). */
    public static int[] of(float[] scores, int k, boolean[] excluded) {
        // a min-heap of size k over (score, index); O(n log k)
        int[] heap = new int[Math.min(k, scores.length)];
        int size = 0;
        for (int i = 0; i < scores.length; i++) {
            if ((excluded != null && excluded[i]) || Float.isNaN(scores[i])) {
                continue;
            }
            if (size < heap.length) {
                heap[size] = i;
                up(heap, size++, scores);
            } else if (size > 0 && better(i, heap[0], scores)) {
                heap[0] = i;
                down(heap, 0, size, scores);
            }
        }
        Integer[] boxed = new Integer[size];
        for (int j = 0; j < size; j++) {
            boxed[j] = heap[j];
        }
        Arrays.sort(boxed, (a, b) -> better(a, b, scores) ? -1 : better(b, a, scores) ? 1 : 0);
        int[] r = new int[size];
        for (int j = 0; j < size; j++) {
            r[j] = boxed[j];
        }
        return r;
    }

    private static boolean better(int a, int b, float[] s) {
        return s[a] > s[b] || (s[a] == s[b] && a < b);
    }

    private static void up(int[] h, int j, float[] s) {
        while (j > 0) {
            int p = (j - 1) / 2;
            if (!better(h[p], h[j], s)) {
                break;
            }
            int t = h[p];
            h[p] = h[j];
            h[j] = t;
            j = p;
        }
    }

    private static void down(int[] h, int j, int n, float[] s) {
        while (true) {
            int l = 2 * j + 1;
            int r = l + 1;
            int w = j;
            if (l < n && better(h[w], h[l], s)) {
                w = l;
            }
            if (r < n && better(h[w], h[r], s)) {
                w = r;
            }
            if (w == j) {
                return;
            }
            int t = h[w];
            h[w] = h[j];
            h[j] = t;
            j = w;
        }
    }
}
