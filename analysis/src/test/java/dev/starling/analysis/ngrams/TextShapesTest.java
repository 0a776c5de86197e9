package dev.starling.analysis.ngrams;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which spans count as links, phone numbers, money and numbers, and which do not. */
class TextShapesTest {
    @Test
    void findsTheShapesSpammersUse() {
        assertEquals(List.of(TextShapes.Shape.URL), shapes("click http://bit.ly/xyz now"));
        assertEquals(List.of(TextShapes.Shape.URL), shapes("visit kidsmediausa  . com today"));
        assertEquals(List.of(TextShapes.Shape.URL), shapes("go to www.example.org"));
        assertEquals(List.of(TextShapes.Shape.URL), shapes("watch?v=vtaRGgvGtWQ check this"));
        assertEquals(List.of(TextShapes.Shape.EMAIL), shapes("mail me: win.big@prize-club.co.uk"));
        assertEquals(List.of(TextShapes.Shape.PHONE), shapes("call 09061743810 now"));
        assertEquals(List.of(TextShapes.Shape.PHONE), shapes("ring +44 (0)20 7946 0958"));
        assertEquals(List.of(TextShapes.Shape.MONEY, TextShapes.Shape.MONEY), shapes("win £1000 cash or 150p per msg"));
        assertEquals(List.of(TextShapes.Shape.NUMBER), shapes("see you at 5"));
    }

    @Test
    void ordinarySentencesAreNotLinks() {
        assertEquals(List.of(), shapes("I loved the show. Me too honestly"));
        assertEquals(List.of(), shapes("that was it. Co-workers agreed"));
    }

    /** Runs that almost match (no '@', no top-level domain, no end digit) must not be rescanned from every position. */
    @Test
    void longNearMissRunsTakeLinearTime() {
        List<String> hostile = List.of("a".repeat(50_000), "a-".repeat(25_000), "a.".repeat(25_000), "1".repeat(50_000),
                "1,".repeat(25_000), "1 ".repeat(25_000) + "x", "汉".repeat(50_000), "a%".repeat(25_000), "a ".repeat(25_000) + ".");
        for (String h : hostile) {
            long t0 = System.nanoTime();
            int spans = TextShapes.find(h).size();
            double ms = (System.nanoTime() - t0) / 1e6;
            assertTrue(ms < 2000, ms + " ms for " + h.substring(0, 6) + "… (" + spans + " spans)");
        }
    }

    private static List<TextShapes.Shape> shapes(String text) {
        return TextShapes.find(text).stream().map(TextShapes.Span::shape).toList();
    }
}
