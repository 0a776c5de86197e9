package dev.starling.engine.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** LongestFirst, with the length table of HF's own unit test (budget 7, lengths 0/2/4/8). */
class TruncationTest {

    private static int[] seq(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i + 1;
        }
        return a;
    }

    private static void expect(int lenA, int lenB, int keptA, int keptB) {
        int[][] cut = Truncation.pair(seq(lenA), seq(lenB), 7);
        assertEquals(keptA, cut[0].length, "first of (" + lenA + ", " + lenB + ")");
        assertEquals(keptB, cut[1].length, "second of (" + lenA + ", " + lenB + ")");
    }

    @Test
    void pairLengthsMatchHuggingFacesTable() {
        int[] lengths = {0, 2, 4, 8};
        int[][][] expected = {
            {{0, 0}, {0, 2}, {0, 4}, {0, 7}},
            {{2, 0}, {2, 2}, {2, 4}, {2, 5}},
            {{4, 0}, {4, 2}, {3, 4}, {3, 4}},
            {{7, 0}, {5, 2}, {4, 3}, {3, 4}},
        };
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                expect(lengths[i], lengths[j], expected[i][j][0], expected[i][j][1]);
            }
        }
    }

    @Test
    void keepsTheStartOfEachSequence() {
        int[][] cut = Truncation.pair(seq(10), seq(3), 7);
        assertArrayEquals(new int[] {1, 2, 3, 4}, cut[0]);
        assertArrayEquals(new int[] {1, 2, 3}, cut[1]);
        assertArrayEquals(new int[] {1, 2}, Truncation.single(seq(5), 2));
    }

    @Test
    void zeroBudgetEmptiesBoth() {
        int[][] cut = Truncation.pair(seq(3), seq(4), 0);
        assertEquals(0, cut[0].length + cut[1].length);
        assertEquals(0, Truncation.single(seq(3), 0).length);
    }
}
