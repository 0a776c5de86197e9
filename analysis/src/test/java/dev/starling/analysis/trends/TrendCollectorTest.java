package dev.starling.analysis.trends;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrendCollectorTest {
    @Test
    void hashtagsComeFromTheTextWhenTheFormatHasNoEntities() {
        assertEquals(List.of("Quake", "東京", "café_2"),
                TrendCollector.inText("#Quake near #東京! ranked #1, not a&#39;b or x#y or http://a/#frag; #café_2"));
        var keys = TrendCollector.keys(Posts.post("1", "a", LocalDate.parse("2026-03-02"), "Felt it #Quake", List.of(), 0));
        assertTrue(keys.contains(SeriesKey.hashtag("quake")), keys.toString());
    }

    @Test
    void entityHashtagsWinOverTheText() {
        var keys = TrendCollector.keys(Posts.post("1", "a", LocalDate.parse("2026-03-02"), "#shown in text", List.of("Given"), 0));
        assertTrue(keys.contains(SeriesKey.hashtag("given")) && !keys.contains(SeriesKey.hashtag("shown")), keys.toString());
    }
}
