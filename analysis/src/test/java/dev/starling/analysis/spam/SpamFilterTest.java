package dev.starling.analysis.spam;

import dev.starling.analysis.classify.Classification;
import dev.starling.analysis.models.ShippedResources;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped spam filter: it loads from the classpath, is small, carries its provenance, flags
 * unmistakable spam, passes ordinary posts, and is fast enough to run on every post.
 */
class SpamFilterTest {
    static final List<String> SPAM = List.of(
            "WIN a FREE iPhone!!! click http://bit.ly/xyz now",
            "Check out my channel and subscribe!!!",
            "URGENT! You have won a £1000 cash prize. Call 09061743810 to claim now",
            "Hey guys please subscribe to my channel, I make music videos, thanks!!",
            "Make money fast from home!!! visit www.easy-cash-now.com");
    static final List<String> HAM = List.of(
            "had a great time at the beach with friends today",
            "This song never gets old, still listening in 2024",
            "I disagree with the referee's decision but what a match",
            "Running late, see you at the cafe in 10 minutes",
            "The new budget plan was announced by the city council this morning",
            "lol ok see you later");

    @Test
    void flagsObviousSpamAndPassesOrdinaryPosts() {
        SpamFilter f = SpamFilter.shipped();
        for (String s : SPAM) {
            assertTrue(f.spamProbability(s) > 0.5, "not flagged (" + f.spamProbability(s) + "): " + s);
            assertEquals("spam", f.classify(s).label());
        }
        for (String h : HAM) {
            assertTrue(f.spamProbability(h) < 0.5, "flagged (" + f.spamProbability(h) + "): " + h);
            assertEquals("ham", f.classify(h).label());
        }
    }

    @Test
    void scoresAreProbabilitiesOverHamAndSpam() {
        SpamFilter f = SpamFilter.shipped();
        for (String t : List.of("", "   ", "🙂🙂🙂", "今天天气很好", "x".repeat(20_000), "a.".repeat(25_000), "1,".repeat(25_000))) {
            Classification c = f.classify(t);
            assertEquals(List.of("ham", "spam"), List.copyOf(c.scores().keySet()));
            assertEquals(1.0, c.score("ham") + c.score("spam"), 1e-9);
            assertEquals(f.spamProbability(t), c.score("spam"), 1e-12);
            assertTrue(c.score("spam") >= 0 && c.score("spam") <= 1);
        }
    }

    @Test
    void shipsCompactlyWithProvenance() throws IOException {
        try (InputStream in = SpamFilter.class.getResourceAsStream(SpamFilter.RESOURCE_PREFIX + SpamFilter.WEIGHTS)) {
            assertNotNull(in);
            long size = in.transferTo(java.io.OutputStream.nullOutputStream());
            assertTrue(size > 100_000 && size < 5_000_000, "weights are " + size + " bytes");
        }
        Map<String, Object> p = ShippedResources.json(SpamFilter.RESOURCE_PREFIX + SpamFilter.PROVENANCE);
        for (String key : List.of("command", "commit", "seed", "data", "split", "settings", "test_score")) {
            assertTrue(p.containsKey(key), "provenance lacks " + key);
        }
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> test = (Map<String, Map<String, Object>>) p.get("test_score");
        assertTrue(((Number) test.get("youtube").get("accuracy")).doubleValue() >= 0.92);
        assertTrue(((Number) test.get("sms").get("accuracy")).doubleValue() >= 0.97);
    }

    @Test
    void saveAndLoadGiveTheSameModel(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        SpamFilter f = SpamFilter.shipped();
        f.save(dir, null);
        assertTrue(Files.isRegularFile(dir.resolve(SpamFilter.DESCRIPTION)));
        SpamFilter back = SpamFilter.load(dir);
        for (String t : SPAM) {
            assertEquals(f.spamProbability(t), back.spamProbability(t), 0.0);
        }
    }
}
