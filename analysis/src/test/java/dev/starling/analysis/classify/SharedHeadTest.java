package dev.starling.analysis.classify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The softmax head: learns separable classes, is deterministic, and round-trips through its JSON file. */
class SharedHeadTest {
    @TempDir
    Path dir;

    static float[][] points(int n, int[] y, long seed) {
        Random r = new Random(seed);
        float[][] x = new float[n][8];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
            for (int j = 0; j < 8; j++) {
                x[i][j] = (float) (r.nextGaussian() * 0.3 + (j == y[i] ? 1.0 : 0.0));
            }
        }
        return x;
    }

    @Test
    void learnsSeparableClassesDeterministically() {
        int[] y = new int[300];
        float[][] x = points(300, y, 1);
        SharedHead a = SharedHead.fit("t", "sentiment", List.of("a", "b", "c"), x, y, 1e-4, 200);
        SharedHead b = SharedHead.fit("t", "sentiment", List.of("a", "b", "c"), x, y, 1e-4, 200);
        assertArrayEquals(a.bias(), b.bias(), 0f);
        int[] yt = new int[300];
        float[][] xt = points(300, yt, 2);
        int correct = 0;
        for (int i = 0; i < xt.length; i++) {
            float[] p = a.probabilities(xt[i]);
            double sum = p[0] + p[1] + p[2];
            assertEquals(1.0, sum, 1e-5);
            int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
            correct += best == yt[i] ? 1 : 0;
        }
        assertTrue(correct >= 270, "held-out accuracy " + correct + "/300");
    }

    @Test
    void roundTripsThroughItsFile() throws IOException {
        int[] y = new int[90];
        SharedHead h = SharedHead.fit("emotion", "sentiment", List.of("a", "b", "c"), points(90, y, 3), y, 1e-3, 50)
                .withProvenance(Map.of("test_score", 0.5));
        h.save(dir);
        SharedHead back = SharedHead.parse(Files.readString(dir.resolve("head.json")));
        assertEquals(h.labels(), back.labels());
        assertEquals("sentiment", back.encoder());
        assertArrayEquals(h.bias(), back.bias(), 0f);
        for (int o = 0; o < 3; o++) {
            assertArrayEquals(h.weight()[o], back.weight()[o], 0f);
        }
        assertEquals(0.5, ((Number) back.provenance().get("test_score")).doubleValue());
    }
}
