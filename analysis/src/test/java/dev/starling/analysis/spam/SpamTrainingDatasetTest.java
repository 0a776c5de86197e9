package dev.starling.analysis.spam;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Retrains the spam filter from ../shared/datasets with the shipped seed (profile "datasets"):
 * the readers take every row, no held-out text is in training, the held-out scores reach the
 * bar (YouTube accuracy ≥ 0.92, SMS ≥ 0.97, ordinary tweets ≥ 0.99 kept; measured 0.925, 0.988 and
 * 0.993 with links neutralised and tweets as legitimate examples), and the result is the
 * shipped model itself.
 */
@Tag("datasets")
class SpamTrainingDatasetTest {
    static Path datasets() {
        String p = System.getProperty("starling.datasets");
        if (p == null || !Files.isDirectory(Path.of(p))) {
            fail("datasets not found: " + p);
        }
        return Path.of(p);
    }

    @Test
    void retrainingReproducesTheShippedModelAndItsHeldOutScores() {
        SpamCorpus.Loaded data = SpamCorpus.load(datasets());
        assertEquals(List.of(), data.problems());
        assertEquals(1956, data.messages().stream().filter(m -> m.corpus().equals(SpamCorpus.YOUTUBE)).count());
        assertEquals(5574, data.messages().stream().filter(m -> m.corpus().equals(SpamCorpus.SMS)).count());

        SpamTraining.Result r = SpamTraining.train(datasets(), SpamTraining.SEED);
        Set<String> trainKeys = new HashSet<>();
        r.split().train().forEach(m -> trainKeys.add(SpamSplit.key(m.text())));
        for (SpamMessage m : r.split().test()) {
            assertTrue(!trainKeys.contains(SpamSplit.key(m.text())), "held-out text in training: " + m.origin());
        }
        Map<String, SpamScores> s = r.heldOut();
        System.out.println("held-out youtube: " + s.get(SpamCorpus.YOUTUBE) + "\nheld-out sms: " + s.get(SpamCorpus.SMS));
        assertTrue(s.get(SpamCorpus.YOUTUBE).accuracy() >= 0.92, "YouTube " + s.get(SpamCorpus.YOUTUBE));
        assertTrue(s.get(SpamCorpus.TWEETS).accuracy() >= 0.99, "ordinary tweets " + s.get(SpamCorpus.TWEETS));
        assertTrue(s.get(SpamCorpus.SMS).accuracy() >= 0.97, "SMS " + s.get(SpamCorpus.SMS));
        assertTrue(s.get(SpamCorpus.YOUTUBE).f1() >= 0.91 && s.get(SpamCorpus.SMS).f1() >= 0.93, s.toString());

        SpamFilter shipped = SpamFilter.shipped();
        for (SpamMessage m : r.split().test()) {
            assertEquals(shipped.spamProbability(m.text()), r.filter().spamProbability(m.text()), 1e-9,
                    "the shipped model is not what this seed trains: " + m.origin());
        }
    }

    @Test
    void perVideoSplitsComeCloseToThePublishedFigure() {
        Map<String, SpamScores> videos = SpamTraining.perVideo(datasets(), SpamTraining.SEED);
        assertEquals(5, videos.size());
        SpamScores mean = SpamScores.mean(List.copyOf(videos.values()));
        System.out.println("per-video 70/30 mean: " + mean);
        assertTrue(mean.accuracy() >= 0.93, mean.toString()); // TubeSpam reports about 0.95
    }
}
