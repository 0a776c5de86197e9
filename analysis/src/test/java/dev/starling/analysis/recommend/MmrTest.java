package dev.starling.analysis.recommend;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class MmrTest {
    // items 0 and 1 are near-duplicates; 2 is different and a little less relevant; 3 is irrelevant
    private final float[][] v = {Vectors.normalize(new float[] {1, 0}), Vectors.normalize(new float[] {1, 0.05f}),
        Vectors.normalize(new float[] {0, 1}), Vectors.normalize(new float[] {0, -1})};
    private final float[] rel = {1.0f, 0.95f, 0.8f, 0.0f};

    @Test
    void lambdaOneIsPlainRanking() {
        assertArrayEquals(new int[] {0, 1, 2}, Mmr.rerank(new int[] {0, 1, 2}, rel, v, 1.0, 3));
    }

    @Test
    void diversityPromotesTheDifferentItemAboveTheNearDuplicate() {
        assertArrayEquals(new int[] {0, 2, 1, 3}, Mmr.rerank(new int[] {0, 1, 2, 3}, rel, v, 0.7, 4));
    }

    @Test
    void stopsAtK() {
        assertArrayEquals(new int[] {0, 2}, Mmr.rerank(new int[] {0, 1, 2}, rel, v, 0.5, 2));
    }
}
