package dev.starling.analysis.ngrams;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private static List<TextShapes.Shape> shapes(String text) {
        return TextShapes.find(text).stream().map(TextShapes.Span::shape).toList();
    }
}
