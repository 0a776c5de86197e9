package dev.starling.analysis.engagement;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The engagement table on FiveThirtyEight's twitter-ratio data: the model beats both baselines on the later period. */
@Tag("datasets")
class FiveThirtyEightEvaluationTest {
    @Test
    void modelBeatsBothBaselinesOnTheFuture() throws IOException {
        List<EngagementPost> posts = FiveThirtyEightTweets.read(datasets());
        assertEquals(3232 + 3207, posts.size(), "posts read");
        assertEquals(List.of(1288, 5151), List.of(
                (int) posts.stream().filter(p -> !p.time().isBefore(java.time.Instant.parse("2017-05-20T15:50:00Z"))).count(),
                (int) posts.stream().filter(p -> p.time().isBefore(java.time.Instant.parse("2017-05-20T15:50:00Z"))).count()),
                "the published split");
        EngagementEvaluation.Result r = EngagementEvaluation.run(posts, EngagementDefaults.TEST_FRACTION,
                EngagementDefaults.HASH_BITS, EngagementDefaults.LAMBDAS);
        System.out.println("cutoff " + r.cutoff() + " train " + r.train() + " test " + r.test() + " lambda " + r.lambda());
        System.out.println(r.markdown());
        for (EngagementTarget t : EngagementTarget.values()) {
            EngagementEvaluation.Row model = r.row(t, "model");
            for (String baseline : List.of("author running mean", "text length")) {
                EngagementEvaluation.Row b = r.row(t, baseline);
                assertTrue(model.spearman() > b.spearman(), t + ": Spearman " + model.spearman() + " vs " + baseline + " " + b.spearman());
                assertTrue(model.mae() < b.mae(), t + ": MAE " + model.mae() + " vs " + baseline + " " + b.mae());
                assertTrue(model.withinSpearman() > b.withinSpearman(),
                        t + ": within-author Spearman " + model.withinSpearman() + " vs " + baseline + " " + b.withinSpearman());
            }
        }
    }

    static Path datasets() {
        String p = System.getProperty("starling.datasets");
        if (p == null) {
            fail("system property starling.datasets is not set (run with -Pdatasets)");
        }
        Path dir = Path.of(p);
        if (!Files.isDirectory(dir.resolve(FiveThirtyEightTweets.DIR))) {
            fail("dataset not found: " + dir.resolve(FiveThirtyEightTweets.DIR).toAbsolutePath());
        }
        return dir;
    }
}
