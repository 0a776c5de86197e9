package dev.starling.analysis.recommend;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostRecommenderTest {
    private static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");

    /** Football posts lean on axis 0, cooking posts on axis 1 (no two closer than the near-copy cosine 0.95); "fan" writes football, "cook" cooking. */
    private static PostRecommender corpus(List<PostRecommender.Item> items, List<float[]> vectors) {
        add(items, vectors, "f1", "fan", "football match tonight", 10, null, false, 1, 0.1f, 0);
        add(items, vectors, "f2", "other", "great goal in the final", 50, null, false, 1, 0.2f, 0.4f);
        add(items, vectors, "f3", "other", "the final whistle", 5, null, false, 0.8f, 0, 0.6f);
        add(items, vectors, "c1", "cook", "a pasta recipe", 100, null, false, 0.1f, 1, 0);
        add(items, vectors, "c2", "other", "bake bread at home", 80, null, false, 0.2f, 1, 0.3f);
        add(items, vectors, "r1", "fan", "RT great goal in the final", 0, "f2", true, 1, 0.2f, 0.4f);
        add(items, vectors, "f4", "other", "football match tonight!", 1, null, false, 0.8f, 0.1f, -0.6f);
        return new PostRecommender(items, vectors.toArray(float[][]::new), 3);
    }

    private static void add(List<PostRecommender.Item> items, List<float[]> vectors, String id, String author, String text,
                            long likes, String parent, boolean repost, float x, float y, float z) {
        items.add(new PostRecommender.Item(id, author, author, T0.plusSeconds(3600L * items.size()), text, likes, parent, repost, List.of()));
        vectors.add(Vectors.normalize(new float[] {x, y, z}));
    }

    @Test
    void moreLikeThisFindsTheSameTopicAndSkipsItselfAndReposts() {
        List<PostRecommender.Item> items = new ArrayList<>();
        PostRecommender r = corpus(items, new ArrayList<>());
        List<PostRecommender.Hit> hits = r.moreLikeThis(r.indexOf("f1").orElseThrow(), 2);
        assertEquals(2, hits.size());
        for (PostRecommender.Hit h : hits) {
            String id = items.get(h.item()).id();
            assertTrue(id.startsWith("f") && !id.equals("f1"), id);
        }
    }

    @Test
    void forYouPrefersTheUsersTopicAndLeavesOutTheirOwnHistory() {
        List<PostRecommender.Item> items = new ArrayList<>();
        PostRecommender r = corpus(items, new ArrayList<>());
        List<PostRecommender.Hit> hits = r.forYou("fan", 2);
        assertEquals(2, hits.size());
        for (PostRecommender.Hit h : hits) {
            String id = items.get(h.item()).id();
            assertTrue(id.equals("f3") || id.equals("f4"), "fan already reposted f2 and wrote f1: " + id);
        }
        assertEquals("c", items.get(r.forYou("cook", 1).get(0).item()).id().substring(0, 1));
        assertTrue(r.forYou("nobody", 3).isEmpty());
        assertFalse(r.knows("nobody"));
        assertEquals("other", r.mostActiveAuthor().orElseThrow());
    }
}
