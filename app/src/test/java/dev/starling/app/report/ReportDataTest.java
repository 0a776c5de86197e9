package dev.starling.app.report;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportDataTest {
    @Test
    void flaggedPostsAreCappedButTheTotalIsKept() {
        List<FlaggedPost> posts = new ArrayList<>();
        for (int i = 0; i < ReportData.MAX_FLAGGED + 50; i++) {
            posts.add(new FlaggedPost("p" + i, null, "a", "t", List.of(FlaggedPost.Flag.of("spam", "spam", 0.9))));
        }
        ReportData data = ReportData.builder("t").flagged(posts, 0).build();
        assertEquals(ReportData.MAX_FLAGGED, data.flagged().size());
        assertEquals("p0", data.flagged().get(0).postId(), "the first ones given are kept");
        assertEquals(ReportData.MAX_FLAGGED + 50, data.flaggedTotal());
    }

    @Test
    void skippedRecordsAreCappedButCounted() {
        List<InputSummary.Skipped> skipped = new ArrayList<>();
        for (int i = 1; i <= InputSummary.MAX_SKIPPED_SHOWN + 5; i++) {
            skipped.add(new InputSummary.Skipped("in.jsonl", i, "bad"));
        }
        InputSummary input = new InputSummary(List.of(), 100, 0, skipped);
        assertEquals(InputSummary.MAX_SKIPPED_SHOWN, input.firstSkipped().size());
        assertEquals(InputSummary.MAX_SKIPPED_SHOWN + 5, input.skippedCount());
        assertEquals("in.jsonl:1", input.firstSkipped().get(0).location());
    }

    @Test
    void theDataIsACopyInTheGivenOrder() {
        Map<String, Long> languages = new LinkedHashMap<>();
        languages.put("ja", 5L);
        languages.put("en", 9L);
        List<String> notes = new ArrayList<>(List.of("one"));
        ReportData data = ReportData.builder("t").languages(languages).notes(notes).build();
        languages.put("fr", 1L);
        notes.add("two");
        assertEquals(List.of("ja", "en"), List.copyOf(data.languages().keySet()));
        assertEquals(List.of("one"), data.notes());
        assertThrows(UnsupportedOperationException.class, () -> data.languages().put("x", 1L));
    }

    @Test
    void flagReasonsAreReadable() {
        FlaggedPost p = new FlaggedPost("p", Instant.EPOCH, "a", "t",
                List.of(FlaggedPost.Flag.of("spam", "spam", 0.974), FlaggedPost.Flag.of("offensive", "offensive", 0.8)));
        assertEquals("spam 0.97; offensive 0.80", p.reasons());
        assertThrows(IllegalArgumentException.class, () -> FlaggedPost.Flag.of("spam", "spam", 1.5));
        assertThrows(IllegalArgumentException.class, () -> new FlaggedPost("p", null, "a", "t", List.of()));
    }
}
