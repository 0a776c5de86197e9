package dev.starling.analysis.recommend.data;

import dev.starling.analysis.recommend.ForYouEvaluation;
import dev.starling.analysis.recommend.LeaveLastOut;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The recommendation benchmark: time-ordered leave-last-out on MovieTweetings 100K and HetRec
 * Last.fm 2K; the blended for-you ranker must beat the popularity baseline on recall@10 and
 * nDCG@10 on both. Prints the table for bench/results/recommend.md. Reads ../shared/datasets.
 */
@Tag("datasets")
class RecommendEvaluationDatasetTest {
    static Path datasets() {
        String p = System.getProperty("starling.datasets");
        if (p == null || !Files.isDirectory(Path.of(p))) {
            fail("datasets not found: " + p + " (the datasets profile needs ../shared/datasets)");
        }
        return Path.of(p);
    }

    @Test
    void movieTweetings() throws IOException {
        RecDataset d = MovieTweetings.load(datasets().resolve("movietweetings/100K"));
        assertEquals(100_000, d.interactions().size());
        check(d, 7);
    }

    @Test
    void lastFm() throws IOException {
        RecDataset d = LastFm.load(datasets().resolve("hetrec2011-lastfm-2k"));
        assertEquals(92_834, d.interactions().size());
        assertEquals(1892, d.interactions().users());
        check(d, 7);
    }

    private static void check(RecDataset d, long seed) {
        long start = System.nanoTime();
        ForYouEvaluation.Report r = ForYouEvaluation.run(
                new ForYouEvaluation.Data(d.name(), d.interactions(), d.itemVectors(), d.friends()), 2, seed);
        System.out.printf("%n%s: %d users evaluated, %d items; time order: %s; weights chosen on validation: %s (%.0f s)%n",
                d.name(), r.users(), r.items(), d.timeOrder(), r.chosen(), (System.nanoTime() - start) / 1e9);
        System.out.println("| data set | ranker | recall@10 | nDCG@10 |");
        for (LeaveLastOut.Result row : r.rows()) {
            System.out.printf("| %s | %s | %.4f | %.4f |%n", d.name(), row.ranker(), row.recall(), row.ndcg());
        }
        LeaveLastOut.Result pop = r.row("popularity");
        for (String ours : new String[] {"for-you", "for-you + MMR"}) {
            LeaveLastOut.Result o = r.row(ours);
            assertTrue(o.recall() > pop.recall(), ours + " recall@10 " + o.recall() + " <= popularity " + pop.recall());
            assertTrue(o.ndcg() > pop.ndcg(), ours + " nDCG@10 " + o.ndcg() + " <= popularity " + pop.ndcg());
        }
    }
}
