package dev.starling.analysis.engagement;

import dev.starling.analysis.ngrams.SparseVector;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngagementMathTest {
    @Test
    void spearmanOfMonotoneIsOneAndTiesShareRanks() {
        assertEquals(1.0, RankMetrics.spearman(new double[]{1, 2, 3, 4}, new double[]{10, 20, 25, 100}), 1e-12);
        assertEquals(-1.0, RankMetrics.spearman(new double[]{1, 2, 3, 4}, new double[]{4, 3, 2, 1}), 1e-12);
        assertArrayEquals(new double[]{1.5, 1.5, 3}, RankMetrics.ranks(new double[]{7, 7, 9}), 1e-12);
        assertEquals(0.5, RankMetrics.mae(new double[]{1, 2}, new double[]{1.5, 1.5}), 1e-12);
    }

    @Test
    void ridgeRecoversLinearWeightsWithSmallPenalty() {
        List<SparseVector> x = new ArrayList<>();
        double[] y = new double[50];
        for (int i = 0; i < 50; i++) {
            float a = (i % 7) / 7f;
            float b = (i % 5) / 5f;
            x.add(new SparseVector(new int[]{0, 1, 2}, new float[]{1, a, b}));
            y[i] = 0.5 + 2 * a - 3 * b;
        }
        float[] w = RidgeRegression.fit(x, y, 3, 1e-6);
        assertArrayEquals(new float[]{0.5f, 2f, -3f}, w, 1e-3f);
    }

    @Test
    void lengthBaselineIsMonotoneInTheDirectionThatFits() {
        double[] len = {10, 20, 30, 40, 50, 60};
        double[] y = {5, 4, 4.5, 3, 2, 1};
        LengthBaseline b = LengthBaseline.fit(len, y);
        assertEquals(-1, b.direction());
        for (int i = 1; i < len.length; i++) {
            assertTrue(b.predict(len[i]) <= b.predict(len[i - 1]), "non-increasing at " + len[i]);
        }
        assertEquals(4.25, b.predict(25), 1e-12);
        assertTrue(b.score(10) > b.score(60));
    }

    @Test
    void authorHistorySeesOnlyEarlierPosts() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        List<EngagementPost> posts = List.of(
                EngagementPost.of("a", t0.plusSeconds(7200), "second", 99, 99, 99),
                EngagementPost.of("a", t0, "first", 0, 0, 0),
                EngagementPost.of("b", t0.plusSeconds(60), "other", 5, 5, 5));
        List<Observed> walk = Observed.walk(posts);
        assertEquals("first", walk.get(0).post().text());
        assertEquals(0, walk.get(0).before().posts());
        Observed second = walk.get(2);
        assertEquals("second", second.post().text());
        assertEquals(1, second.before().posts());
        assertEquals(0.0, second.before().runningMean(EngagementTarget.LIKES, -1), 1e-12);
        assertEquals(2.0, second.before().hoursSinceLast(), 1e-12);
    }

    @Test
    void entitiesAreCountedFromTheText() {
        EngagementPost p = EngagementPost.of("a", Instant.EPOCH, "Hi @bob see https://x.y/z #tag #two", 1, 2, 3);
        assertEquals(2, p.hashtags());
        assertEquals(1, p.urls());
        assertEquals(1, p.mentions());
        assertEquals(Math.log1p(3), p.logCount(EngagementTarget.LIKES), 1e-12);
    }
}
