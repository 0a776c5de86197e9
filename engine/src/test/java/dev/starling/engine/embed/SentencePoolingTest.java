package dev.starling.engine.embed;

import dev.starling.engine.nn.RaggedBatch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Both poolings on a hand-made ragged batch: [CLS] is each sequence's first row, mean its average. */
class SentencePoolingTest {
    // three sequences of lengths 2, 0 and 3; hidden size 2; row r holds (r, 10r)
    private static final RaggedBatch BATCH = RaggedBatch.of(List.of(new int[] {1, 2}, new int[0], new int[] {3, 4, 5}));
    private static final float[] HIDDEN = {0, 0, 1, 10, 2, 20, 3, 30, 4, 40, /* slack past N·C */ 99, 99};

    @Test
    void clsTakesTheFirstRowOfEachSequence() {
        float[][] v = SentencePooling.CLS.pool(BATCH, HIDDEN, 2);
        assertArrayEquals(new float[] {0, 0}, v[0]);
        assertArrayEquals(new float[] {0, 0}, v[1], "an empty sequence pools to zeros");
        assertArrayEquals(new float[] {2, 20}, v[2]);
    }

    @Test
    void meanAveragesEveryRowOfEachSequence() {
        float[][] v = SentencePooling.MEAN.pool(BATCH, HIDDEN, 2);
        assertArrayEquals(new float[] {0.5f, 5}, v[0]);
        assertArrayEquals(new float[] {0, 0}, v[1]);
        assertArrayEquals(new float[] {3, 30}, v[2]);
    }
}
