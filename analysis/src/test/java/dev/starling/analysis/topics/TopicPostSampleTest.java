package dev.starling.analysis.topics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicPostSampleTest {
    private static TopicPostSample fill(int capacity, long seed, int posts) {
        TopicPostSample s = new TopicPostSample(2, capacity, seed);
        for (int i = 0; i < posts; i++) {
            s.add(i % 2, new int[] {i});
        }
        return s;
    }

    @Test
    void keepsEveryPostUpToCapacityInOrder() {
        TopicPostSample s = fill(10, 1, 12);
        assertEquals(List.of(0, 2, 4, 6, 8, 10), s.of(0).stream().map(p -> p[0]).toList());
        assertEquals(6, s.of(1).size());
    }

    @Test
    void boundedUniformAndSeeded() {
        TopicPostSample s = fill(100, 7, 20_000);
        assertEquals(100, s.of(0).size());
        double mean = s.of(0).stream().mapToInt(p -> p[0]).average().orElseThrow();
        assertTrue(Math.abs(mean - 10_000) < 1_500, "a uniform sample of 0..19,998 has mean ≈ 10,000 (sd ≈ 577): " + mean);
        TopicPostSample again = fill(100, 7, 20_000);
        for (int i = 0; i < 100; i++) {
            assertArrayEquals(s.of(1).get(i), again.of(1).get(i), "same seed, same sample");
        }
        assertTrue(fill(0, 7, 100).of(0).isEmpty(), "capacity 0 keeps nothing");
    }
}
