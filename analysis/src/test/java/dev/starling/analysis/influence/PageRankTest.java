package dev.starling.analysis.influence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageRankTest {
    private static double sum(double[] r) {
        double s = 0;
        for (double v : r) {
            s += v;
        }
        return s;
    }

    /**
     * 0 → 1, 0 → 2, 1 → 2; node 2 is dangling. With b = (1 − d)/3 + d·r2/3 the equations are
     * r0 = b, r1 = b + d·r0/2, r2 = b + d·(r0/2 + r1), so with d = 0.85: r1 = 1.425 b, r2 = 2.63625 b,
     * and Σ r = 1 gives b = 1 / 5.06125.
     */
    @Test
    void matchesTheHandComputedRanksWithADanglingNode() {
        double[] r = PageRank.standard().rank(3, new int[]{0, 0, 1}, new int[]{1, 2, 2}, new double[]{1, 1, 1});
        double b = 1 / 5.06125;
        assertEquals(b, r[0], 1e-9);
        assertEquals(1.425 * b, r[1], 1e-9);
        assertEquals(2.63625 * b, r[2], 1e-9);
        assertEquals(1.0, sum(r), 1e-12);
        assertTrue(r[2] > r[1] && r[1] > r[0]);
    }

    /** Weights split a node's vote: 0 → 1 (3), 0 → 2 (1); both 1 and 2 dangling. */
    @Test
    void weightsSplitTheVote() {
        double[] r = PageRank.standard().rank(3, new int[]{0, 0}, new int[]{1, 2}, new double[]{3, 1});
        // b = 0.05 + 0.85 (r1 + r2)/3; r0 = b; r1 = b + 0.85·0.75·b; r2 = b + 0.85·0.25·b
        double b = 1 / (3 + 0.85);
        assertEquals(b, r[0], 1e-9);
        assertEquals(b * (1 + 0.6375), r[1], 1e-9);
        assertEquals(b * (1 + 0.2125), r[2], 1e-9);
        assertEquals(1.0, sum(r), 1e-12);
    }

    @Test
    void aCycleIsUniformAndParallelEdgesAddUp() {
        double[] cycle = PageRank.standard().rank(4, new int[]{0, 1, 2, 3}, new int[]{1, 2, 3, 0}, new double[]{1, 1, 1, 1});
        for (double v : cycle) {
            assertEquals(0.25, v, 1e-9);
        }
        double[] twice = PageRank.standard().rank(3, new int[]{0, 0, 1}, new int[]{1, 1, 2}, new double[]{1, 1, 2});
        double[] once = PageRank.standard().rank(3, new int[]{0, 1}, new int[]{1, 2}, new double[]{2, 2});
        for (int i = 0; i < 3; i++) {
            assertEquals(once[i], twice[i], 1e-12);
        }
    }

    @Test
    void noEdgesGiveUniformRanks() {
        double[] r = PageRank.standard().rank(5, new int[0], new int[0], new double[0]);
        for (double v : r) {
            assertEquals(0.2, v, 1e-12);
        }
    }
}
