package dev.starling.app.recommend;

import dev.starling.analysis.recommend.PostRecommender;
import dev.starling.analysis.recommend.Vectors;
import dev.starling.app.insight.Insight;
import dev.starling.app.insight.Insights;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecommendSectionTest {
    private static PostRecommender.Item item(String id, String author, String text, long engagement, boolean repost) {
        return new PostRecommender.Item(id, author, null, Instant.parse("2026-10-01T00:00:00Z"), text, engagement,
                repost ? "p1" : null, repost, List.of());
    }

    @Test
    void isRegisteredAsAnInsight() {
        assertTrue(Insights.load(Set.of()).stream().map(Insight::name).anyMatch("recommend"::equals));
    }

    @Test
    void escapesPostTextAndSaysWhenThereIsNothing() {
        PostRecommender.Item p = item("p1", "user_aaaaaaaaaaaa", "<script>alert(1)</script> a long enough post", 3, false);
        RecommendSection s = new RecommendSection(List.of(new RecommendSection.Example(p, List.of(new RecommendSection.Shown(p, 0.5)))),
                "user_aaaaaaaaaaaa", List.of(new RecommendSection.Shown(p, 1.25)), 1, 1);
        assertFalse(s.html().contains("<script>"));
        assertTrue(s.html().contains("&lt;script&gt;"));
        assertTrue(s.html().contains("For you: user_aaaaaaaaaaaa"));
        assertTrue(new RecommendSection(List.of(), null, List.of(), 1, 1).html().contains("No data"));
    }

    @Test
    void representativePostsAreTheMostEngagedOriginalsOnePerAuthor() {
        List<PostRecommender.Item> items = List.of(
                item("p1", "a", "the most engaged post of all of them", 100, false),
                item("p2", "a", "the same author again, engaged as well", 90, false),
                item("p3", "b", "a repost with huge engagement numbers", 500, true),
                item("p4", "c", "short", 80, false),
                item("p5", "d", "an ordinary post with some engagement", 10, false),
                item("p6", "e", "a quiet post that nobody engaged with", 0, false));
        float[][] v = new float[items.size()][];
        for (int i = 0; i < v.length; i++) {
            v[i] = Vectors.normalize(new float[] {1, i});
        }
        List<Integer> picked = RecommendInsight.representative(new PostRecommender(items, v, 1));
        assertEquals(List.of(0, 4, 5), picked);
    }
}
