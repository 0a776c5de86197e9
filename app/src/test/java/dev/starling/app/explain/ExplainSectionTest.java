package dev.starling.app.explain;

import dev.starling.analysis.explain.SpamExplainer;
import dev.starling.analysis.pipeline.Flag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplainSectionTest {
    @Test
    void flaggedPostsAreHighlightedAndEscaped() {
        var e = new SpamExplainer().create("spam", null).explain("<b>FREE</b> followers http://x.co/a", "spam");
        var row = new FlaggedExplanation(null, "@user_1", new Flag("spam", "spam", 0.93), e);
        String html = new ExplainSection(List.of(row), 7, 16).html();
        assertTrue(html.contains("<span style=\"background:rgba(22,163,74,"), "green highlight for the spam evidence: " + html);
        assertTrue(html.contains("&lt;b&gt;free&lt;/b&gt;") || html.contains("&lt;b&gt;FREE&lt;/b&gt;"), html);
        assertFalse(html.contains("<b>FREE</b>"), "text is escaped");
        assertTrue(html.contains("1 flags of 7 flagged posts explained"), html);
        assertTrue(html.contains("spam: spam 0.93"), html);
    }

    @Test
    void noFlaggedPostsSaysSo() {
        assertTrue(new ExplainSection(List.of(), 0, 16).html().contains("no post was flagged"));
    }
}
