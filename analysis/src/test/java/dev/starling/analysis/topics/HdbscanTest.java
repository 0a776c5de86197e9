package dev.starling.analysis.topics;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HdbscanTest {
    /** Two tight 2-D blobs of 40 points and 5 isolated points far from both. */
    private static float[][] blobsAndStragglers() {
        SplittableRandom r = new SplittableRandom(11);
        float[][] x = new float[85][];
        for (int i = 0; i < 80; i++) {
            float cx = i < 40 ? 0 : 10;
            x[i] = new float[] {cx + (float) (r.nextDouble() - 0.5), (float) (r.nextDouble() - 0.5)};
        }
        for (int i = 0; i < 5; i++) {
            x[80 + i] = new float[] {5, 20 + 7 * i};
        }
        return x;
    }

    @Test
    void twoBlobsTwoClustersStragglersAreNoise() {
        int[] labels = new Hdbscan(10, 5).cluster(blobsAndStragglers(), 0);
        for (int i = 0; i < 40; i++) {
            assertEquals(labels[0], labels[i]);
            assertEquals(labels[40], labels[40 + i]);
        }
        assertTrue(labels[0] != labels[40] && labels[0] >= 0 && labels[40] >= 0, Arrays.toString(labels));
        for (int i = 80; i < 85; i++) {
            assertEquals(Clusterer.NOISE, labels[i], "straggler " + i);
        }
    }

    @Test
    void fewerPointsThanAClusterAreAllNoiseAndDuplicatesDoNotBreakIt() {
        assertArrayEquals(new int[] {-1, -1, -1}, new Hdbscan(5, 2).cluster(new float[][] {{0}, {1}, {2}}, 0));
        float[][] same = new float[20][];
        Arrays.fill(same, new float[] {1, 1});
        int[] labels = new Hdbscan(5, 3).cluster(same, 0);
        assertEquals(20, labels.length);
    }
}
