package dev.starling.engine.tokenizer;

import java.util.Arrays;

/**
 * HF's {@code LongestFirst} truncation (direction right, stride 0) of the piece ids, before the special
 * tokens are added; the caller has already taken their number off the budget.
 */
final class Truncation {
    private Truncation() {
    }

    /** Keeps the first {@code budget} ids of one sequence. */
    static int[] single(int[] a, int budget) {
        return a.length > budget ? Arrays.copyOf(a, budget) : a;
    }

    /**
     * Cuts a pair to at most {@code budget} ids in total. With {@code n1 <= n2} the lengths of the
     * shorter and longer sequence: if the shorter one fits in half the budget, only the longer one is
     * cut (to {@code budget - n1}); otherwise both get half, the longer one the odd id. Returns
     * {@code {a', b'}}.
     */
    static int[][] pair(int[] a, int[] b, int budget) {
        if (a.length + b.length <= budget) {
            return new int[][] {a, b};
        }
        boolean swap = a.length > b.length;
        int n1 = Math.min(a.length, b.length);
        int n2 = n1 > budget ? n1 : Math.max(n1, budget - n1);
        if (n1 + n2 > budget) {
            n1 = budget / 2;
            n2 = n1 + budget % 2;
        }
        int keepA = swap ? n2 : n1;
        int keepB = swap ? n1 : n2;
        return new int[][] {single(a, keepA), single(b, keepB)};
    }
}
