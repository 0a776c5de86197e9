package dev.starling.analysis.topics;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CoherentKeywordsTest {
    /** "lone" words weigh more than "warming" and "climate" but each sits in a post of its own. */
    private static final List<Keyword> CANDIDATES = List.of(new Keyword("global", 1.0), new Keyword("lone", 0.9),
            new Keyword("stray", 0.85), new Keyword("warming", 0.6), new Keyword("climate", 0.55));

    private static List<Set<String>> posts() {
        List<Set<String>> posts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            posts.add(Set.of("global", "warming", "climate", "w" + i));
        }
        posts.add(Set.of("global", "x"));
        posts.add(Set.of("lone", "y"));
        posts.add(Set.of("stray", "z"));
        return posts;
    }

    private static List<String> terms(List<Keyword> keywords) {
        return keywords.stream().map(Keyword::term).toList();
    }

    @Test
    void picksCooccurringWordsOverHeavierIsolatedOnes() {
        List<Keyword> chosen = CoherentKeywords.standard().select(CANDIDATES, posts(), 3);
        assertEquals(List.of("global", "warming", "climate"), terms(chosen));
        assertEquals(0.6, chosen.get(1).weight(), 0, "the weighter's weight is kept");
    }

    @Test
    void byWeightAndLambdaOneKeepTheWeighterOrder() {
        assertEquals(List.of("global", "lone", "stray"), terms(KeywordSelector.byWeight().select(CANDIDATES, posts(), 3)));
        assertEquals(List.of("global", "lone", "stray"), terms(new CoherentKeywords(50, 1, 10).select(CANDIDATES, posts(), 3)));
    }

    @Test
    void theBestWeightedTermLeadsAndShortListsStayWhole() {
        List<Keyword> all = CoherentKeywords.standard().select(CANDIDATES, posts(), 10);
        assertEquals(5, all.size());
        assertEquals("global", all.get(0).term());
        assertEquals(Set.of("global", "lone", "stray", "warming", "climate"), Set.copyOf(terms(all)));
        assertEquals(List.of("global"), terms(CoherentKeywords.standard().select(CANDIDATES, List.of(), 1)));
        assertEquals(List.of(), CoherentKeywords.standard().select(List.of(), posts(), 5));
    }

    @Test
    void candidatesCoverTheKeywordsAsked() {
        assertEquals(50, CoherentKeywords.standard().candidates(25));
        assertEquals(80, CoherentKeywords.standard().candidates(80));
        assertEquals(25, KeywordSelector.byWeight().candidates(25));
        assertThrows(IllegalArgumentException.class, () -> new CoherentKeywords(50, 1.5, 10));
    }

    @Test
    void npmiIsMinusOneApartZeroIndependentOneTogether() {
        assertEquals(-1, Cooccurrence.npmi(0, 3, 3, 10), 0);
        assertEquals(1, Cooccurrence.npmi(10, 10, 10, 10), 0);
        assertEquals(0, Cooccurrence.npmi(2, 4, 5, 10), 1e-12, "p(a, b) = p(a) p(b)");
        assertEquals(1, Cooccurrence.npmi(3, 3, 3, 10), 1e-12, "always together");
        double[][] m = Cooccurrence.npmi(List.of("global", "warming", "lone"), posts());
        assertEquals(-1, m[0][2], 0);
        assertEquals(m[0][1], m[1][0], 0);
        assertEquals(Math.log(9 * 6 / 42.0) / -Math.log(6 / 9.0), m[0][1], 1e-12, "6 of 9 posts together, global in 7, warming in 6");
    }
}
