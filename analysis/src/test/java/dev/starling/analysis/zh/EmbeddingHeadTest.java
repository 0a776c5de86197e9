package dev.starling.analysis.zh;

import dev.starling.analysis.ngrams.NgramLogisticModel;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Newton's method reaches the optimum, and the fitted head separates what is separable. */
class EmbeddingHeadTest {
    @Test
    void choleskySolvesASymmetricPositiveDefiniteSystem() {
        double[][] h = {{4, 0, 0}, {2, 5, 0}, {0.5, 1, 3}}; // lower triangle of [[4,2,.5],[2,5,1],[.5,1,3]]
        double[] x = Newton.solveCholesky(h, new double[] {4 * 1 + 2 * 2 + 0.5 * 3, 2 * 1 + 5 * 2 + 3, 0.5 + 2 + 9});
        assertArrayEquals(new double[] {1, 2, 3}, x, 1e-12);
    }

    @Test
    void newtonStopsWhereTheRegularisedGradientVanishes() {
        Random r = new Random(3);
        int n = 400;
        double[][] z = new double[n][4];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            z[i][0] = r.nextGaussian();
            z[i][1] = r.nextGaussian();
            z[i][2] = r.nextGaussian();
            z[i][3] = 1;
            y[i] = z[i][0] - 0.5 * z[i][1] + 0.3 * r.nextGaussian() > 0.2;
        }
        double l2 = 0.01;
        double[] w = Newton.logistic(z, y, l2);
        double[] g = new double[4];
        for (int i = 0; i < n; i++) {
            double p = NgramLogisticModel.sigmoid(z[i][0] * w[0] + z[i][1] * w[1] + z[i][2] * w[2] + w[3]);
            for (int j = 0; j < 4; j++) {
                g[j] += (p - (y[i] ? 1 : 0)) * z[i][j] / n;
            }
        }
        for (int j = 0; j < 3; j++) {
            g[j] += l2 * w[j];
        }
        for (double v : g) {
            assertEquals(0, v, 1e-9);
        }
        assertTrue(w[0] > 2 && w[1] < -1 && Math.abs(w[2]) < 0.5, java.util.Arrays.toString(w));
    }

    @Test
    void foldedStandardisationClassifiesRawVectors() {
        Random r = new Random(9);
        float[][] x = new float[600][8];
        boolean[] y = new boolean[600];
        for (int i = 0; i < x.length; i++) {
            y[i] = i % 2 == 0;
            for (int j = 0; j < 8; j++) {
                // an offset and a scale per dimension that standardisation has to undo
                x[i][j] = (float) (5 + 0.01 * j + 0.02 * r.nextGaussian() + (j == 3 && y[i] ? 0.03 : 0));
            }
        }
        EmbeddingHead head = EmbeddingHead.fit(x, y, 1e-3);
        int correct = 0;
        for (int i = 0; i < x.length; i++) {
            correct += (head.probability(x[i]) > 0.5) == y[i] ? 1 : 0;
        }
        assertTrue(correct > 0.7 * x.length, correct + " of " + x.length);
    }
}
