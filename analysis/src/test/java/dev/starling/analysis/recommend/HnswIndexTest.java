package dev.starling.analysis.recommend;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HnswIndexTest {
    static float[][] randomUnitVectors(int n, int d, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[][] v = new float[n][d];
        for (float[] row : v) {
            for (int j = 0; j < d; j++) {
                row[j] = (float) rnd.nextGaussian();
            }
            Vectors.normalize(row);
        }
        return v;
    }

    @Test
    void recallAt10AgainstBruteForceIsAtLeast095OnRandomVectors() {
        float[][] data = randomUnitVectors(5000, 32, 1);
        float[][] queries = randomUnitVectors(200, 32, 2);
        HnswIndex hnsw = HnswIndex.of(data, 7);
        ExactIndex exact = new ExactIndex(data);
        int hits = 0;
        for (float[] q : queries) {
            Set<Integer> truth = new HashSet<>();
            exact.search(q, 10).forEach(n -> truth.add(n.id()));
            for (VectorIndex.Neighbour n : hnsw.search(q, 10)) {
                hits += truth.contains(n.id()) ? 1 : 0;
            }
        }
        double recall = hits / (10.0 * queries.length);
        System.out.printf("HNSW recall@10 vs brute force (5000 x 32, 200 queries): %.4f%n", recall);
        assertTrue(recall >= 0.95, "recall@10 " + recall);
    }

    @Test
    void findsAnIndexedVectorItselfFirstAndSortsBySimilarity() {
        float[][] data = randomUnitVectors(1000, 16, 3);
        HnswIndex hnsw = HnswIndex.of(data, 7);
        List<VectorIndex.Neighbour> r = hnsw.search(data[123], 5);
        assertEquals(5, r.size());
        assertEquals(123, r.get(0).id());
        for (int j = 1; j < r.size(); j++) {
            assertTrue(r.get(j - 1).similarity() >= r.get(j).similarity());
        }
    }

    @Test
    void sameSeedSameGraph() {
        float[][] data = randomUnitVectors(800, 8, 4);
        float[] q = randomUnitVectors(1, 8, 5)[0];
        assertEquals(HnswIndex.of(data, 9).search(q, 10), HnswIndex.of(data, 9).search(q, 10));
    }

    @Test
    void smallAndEmptyIndexes() {
        assertTrue(HnswIndex.of(new float[0][], 1).search(new float[] {1, 0}, 3).isEmpty());
        float[][] two = {{1, 0}, {0, 1}};
        List<VectorIndex.Neighbour> r = HnswIndex.of(two, 1).search(new float[] {0.9f, 0.1f}, 10);
        assertEquals(2, r.size());
        assertEquals(0, r.get(0).id());
    }
}
