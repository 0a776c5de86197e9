package dev.starling.analysis.topics.quality;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QualityTest {
    private static final List<List<String>> DOCS = List.of(
            List.of("goal", "match"), List.of("goal", "match", "league"), List.of("pasta", "dinner"),
            List.of("pasta", "dinner", "kitchen"), List.of("goal", "dinner"));

    @Test
    void npmiByHand() {
        Npmi npmi = new Npmi(DOCS);
        // p(goal) = 3/5, p(match) = 2/5, p(goal, match) = 2/5: log((2/5) / (6/25)) / -log(2/5)
        double expected = Math.log((0.4 + 1e-12) / (0.6 * 0.4)) / -Math.log(0.4 + 1e-12);
        assertEquals(expected, npmi.pair("goal", "match"), 1e-9);
        // never together: ε keeps it finite, just above -1, as in gensim
        assertEquals(Math.log(1e-12 / (0.4 * 0.4)) / -Math.log(1e-12), npmi.pair("match", "pasta"), 1e-9);
        assertTrue(npmi.score(List.of(List.of("goal", "match"), List.of("pasta", "dinner")), 10)
                > npmi.score(List.of(List.of("goal", "pasta"), List.of("match", "dinner")), 10));
    }

    @Test
    void diversityIsTheShareOfUniqueTopWords() {
        assertEquals(1.0, TopicDiversity.score(List.of(List.of("a", "b"), List.of("c", "d")), 2));
        assertEquals(0.75, TopicDiversity.score(List.of(List.of("a", "b"), List.of("a", "d")), 2));
    }
}
