package dev.starling.analysis.spam;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deduplication and the seeded stratified split, on made-up messages. */
class SpamSplitTest {
    private static List<SpamMessage> corpus() {
        List<SpamMessage> out = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            out.add(new SpamMessage("a", "a:" + i, "message number " + i, i % 4 == 0));
        }
        for (int i = 0; i < 50; i++) {
            out.add(new SpamMessage("b", "b:" + i, "other text " + i, i % 2 == 0));
        }
        out.add(new SpamMessage("a", "dup1", "MESSAGE  number 1\ufeff", false)); // same key and label as a:1
        out.add(new SpamMessage("b", "dup2", "other text 0", true));            // same as b:0
        out.add(new SpamMessage("a", "c1", "both ways", true));
        out.add(new SpamMessage("b", "c2", "Both ways", false));
        return out;
    }

    @Test
    void duplicatesAndConflictsAreDroppedAndNoTestKeyIsInTraining() {
        SpamSplit.Split s = SpamSplit.stratified(corpus(), 0.2, 1);
        assertEquals(2, s.duplicates());
        assertEquals(2, s.conflicts());
        assertEquals(150, s.train().size() + s.test().size());
        Set<String> trainKeys = new HashSet<>();
        s.train().forEach(m -> trainKeys.add(SpamSplit.key(m.text())));
        assertEquals(s.train().size(), trainKeys.size());
        s.test().forEach(m -> assertTrue(!trainKeys.contains(SpamSplit.key(m.text())), m.text()));
    }

    @Test
    void everyCorpusAndLabelIsHeldOutInProportion() {
        SpamSplit.Split s = SpamSplit.stratified(corpus(), 0.2, 1);
        assertEquals(5, count(s.test(), "a", true));   // 25 spam in a
        assertEquals(15, count(s.test(), "a", false)); // 75 ham
        assertEquals(5, count(s.test(), "b", true));   // 25 and 25
        assertEquals(5, count(s.test(), "b", false));
    }

    @Test
    void theSeedAloneDecidesTheSplit() {
        List<String> one = SpamSplit.stratified(corpus(), 0.2, 7).test().stream().map(SpamMessage::origin).toList();
        List<String> again = SpamSplit.stratified(corpus(), 0.2, 7).test().stream().map(SpamMessage::origin).toList();
        List<String> other = SpamSplit.stratified(corpus(), 0.2, 8).test().stream().map(SpamMessage::origin).toList();
        assertEquals(one, again);
        assertNotEquals(one, other);
    }

    private static long count(List<SpamMessage> msgs, String corpus, boolean spam) {
        return msgs.stream().filter(m -> m.corpus().equals(corpus) && m.spam() == spam).count();
    }
}
