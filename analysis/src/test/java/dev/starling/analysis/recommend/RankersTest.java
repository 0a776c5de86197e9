package dev.starling.analysis.recommend;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two taste groups: users 0-9 take items 0-4, users 10-19 items 5-9; item 9 is also everyone's. */
class RankersTest {
    static Interactions twoGroups() {
        Interactions.Builder b = new Interactions.Builder(20, 10);
        for (int u = 0; u < 20; u++) {
            int base = u < 10 ? 0 : 5;
            for (int j = 0; j < 4; j++) {
                b.add(u, base + (u + j) % 5, 1000L * (j + 1) + u);
            }
            if (u < 10) {
                b.add(u, 9, 100L);
            }
        }
        return b.build();
    }

    @Test
    void historiesAreTimeOrdered() {
        Interactions in = twoGroups();
        long[] t = in.timesOf(3);
        for (int j = 1; j < t.length; j++) {
            assertTrue(t[j - 1] <= t[j]);
        }
        assertEquals(90, in.size());
    }

    @Test
    void alsAndCoOccurrencePreferTheUsersOwnGroupOverThePopularItem() {
        Interactions in = twoGroups();
        LeaveLastOut.Split split = LeaveLastOut.split(in, 2);
        assertEquals(20, split.users().length);
        Ranker als = new ImplicitAls(split.train(), 4, 10, 1.0, 10, 42);
        Ranker co = new CoOccurrenceRanker(split.train(), 10, 3600);
        double pop = LeaveLastOut.evaluate(split, new PopularityRanker(split.train()), 2).recall();
        assertTrue(pop <= 0.6, "popularity recall@2 " + pop);
        assertEquals(1.0, LeaveLastOut.evaluate(split, co, 2).recall(), 1e-9, "co-occurrence recall@2");
        double mf = LeaveLastOut.evaluate(split, als, 2).recall();
        assertTrue(mf >= 0.9 && mf > pop, "als recall@2 " + mf);
    }

    @Test
    void alsIsDeterministicForASeed() {
        Interactions in = twoGroups();
        float[] a = new float[10];
        float[] b = new float[10];
        new ImplicitAls(in, 4, 10, 0.1, 5, 7).score(3, 0, a);
        new ImplicitAls(in, 4, 10, 0.1, 5, 7).score(3, 0, b);
        assertArrayEquals(a, b);
    }

    @Test
    void recencyCountsOnlyEventsBeforeAsOfAndDecays() {
        Interactions.Builder b = new Interactions.Builder(2, 3);
        b.add(0, 0, 0).add(1, 0, 10).add(0, 1, 1000).add(1, 2, 5000);
        RecencyRanker r = new RecencyRanker(b.build(), 100);
        float[] s = new float[3];
        r.score(0, 1001, s);
        assertTrue(s[1] > s[0], "the recent item is trending");
        assertEquals(0f, s[2], "the future does not count");
        r.score(0, 5001, s);
        assertTrue(s[2] > s[1]);
    }

    @Test
    void friendsCountFriendsItemsAndBlendStandardises() {
        Interactions.Builder b = new Interactions.Builder(3, 4);
        b.add(1, 2, 1).add(2, 2, 1).add(2, 3, 1).add(0, 0, 1);
        Interactions in = b.build();
        FriendsRanker f = new FriendsRanker(in, new int[][] {{1, 2}, {0}, {0}});
        float[] s = new float[4];
        f.score(0, 10, s);
        assertArrayEquals(new float[] {0, 0, 2, 1}, s);
        BlendRanker blend = new BlendRanker("b", List.of(new BlendRanker.Part(f, 1), new BlendRanker.Part(new PopularityRanker(in), 0)));
        blend.score(0, 10, s);
        assertEquals(0, s[0] + s[1] + s[2] + s[3], 1e-5, "z-scores sum to zero");
        assertEquals(2, TopK.of(s, 1, null)[0]);
    }

    @Test
    void metricsOfAKnownRank() {
        // one user, five items, held out item 4 ranked third by a fixed ranker
        Interactions.Builder b = new Interactions.Builder(1, 5);
        b.add(0, 0, 1).add(0, 4, 2);
        LeaveLastOut.Split split = LeaveLastOut.split(b.build(), 2);
        Ranker fixed = new Ranker() {
            public String name() {
                return "fixed";
            }

            public void score(int user, long asOf, float[] out) {
                float[] s = {9, 8, 7, 1, 6}; // item 0 is seen: ranks 1:1, 2:2, 3:4
                System.arraycopy(s, 0, out, 0, 5);
            }
        };
        LeaveLastOut.Result r = LeaveLastOut.evaluate(split, fixed, 10);
        assertEquals(1.0, r.recall());
        assertEquals(1 / (Math.log(4) / Math.log(2)), r.ndcg(), 1e-12);
        assertEquals(0.0, LeaveLastOut.evaluate(split, fixed, 2).recall());
    }
}
