package dev.starling.analysis.influence;

import dev.starling.analysis.posts.Author;
import dev.starling.analysis.posts.Metrics;
import dev.starling.analysis.posts.Platform;
import dev.starling.analysis.posts.Post;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InfluenceCollectorTest {
    private static Post post(String id, String author, Long followers, String replyTo, String repostOf, List<String> mentions, long likes) {
        return new Post(id, Platform.X, new Author("id-" + author, author, null, followers), Instant.parse("2026-06-01T10:00:00Z"),
                "text", "en", replyTo, null, repostOf, new Metrics(likes, 1L, 0L, 0L, 100L), List.of(), mentions, List.of(), List.of());
    }

    @Test
    void buildsTheGraphFromMentionsRepliesAndRepostsAndRanksTheHub() {
        InfluenceCollector c = new InfluenceCollector();
        c.add(post("1", "hub", 5000L, null, null, List.of(), 50));
        c.add(post("2", "a", 10L, "1", null, List.of("Hub"), 1));   // reply + mention → hub
        c.add(post("3", "b", 20L, null, "1", List.of(), 0));        // repost → hub
        c.add(post("4", "c", null, "2", null, List.of(), 2));       // reply → a
        c.add(post("5", "hub", 5000L, "404", null, List.of("hub"), 3)); // unknown post; self-mention dropped
        InfluenceResult r = c.finish(PageRank.standard());
        assertEquals(5, r.posts());
        assertEquals(4, r.accounts());
        assertEquals(1, r.unresolved());
        assertEquals(Map.of(Interaction.MENTION, 1, Interaction.REPLY, 2, Interaction.REPOST, 1), r.edgesByKind());
        AuthorRank hub = r.ranks().get(0);
        assertEquals("hub", hub.author());
        assertEquals(1, hub.byPageRank());
        assertEquals(1, hub.byReach());
        assertEquals(1, hub.byEngagement());
        assertEquals(2, hub.posts());
        assertEquals(5000, hub.followers());
        assertEquals(50 + 1 + 3 + 1, hub.engagement());
        assertEquals(0.75 + 0.5 + 1.0, hub.inWeight(), 1e-12);
        assertEquals(1.0, r.ranks().stream().mapToDouble(AuthorRank::pageRank).sum(), 1e-9);
        assertEquals("a", r.ranks().get(1).author(), "a is answered by c");
        assertEquals(-1, r.ranks().stream().filter(x -> x.author().equals("c")).findFirst().orElseThrow().followers());
    }

    @Test
    void shareOfVoicePerWeekForTrackedTerms() {
        ShareOfVoice sov = new ShareOfVoice(List.of("BrewMate", "Lumio X5"));
        LocalDate mon = LocalDate.of(2026, 6, 1);
        sov.add(dev.starling.analysis.trends.Posts.post("1", "a", mon, "the brewmate recall", List.of(), 0));
        sov.add(dev.starling.analysis.trends.Posts.post("2", "a", mon.plusDays(2), "lumio x5 is out", List.of(), 0));
        sov.add(dev.starling.analysis.trends.Posts.post("3", "a", mon.plusDays(3), "unboxing", List.of("LumioX5"), 0));
        sov.add(dev.starling.analysis.trends.Posts.post("4", "a", mon.plusDays(8), "brewmates are not brewmate? BREWMATE", List.of(), 0));
        sov.add(dev.starling.analysis.trends.Posts.post("5", "a", mon.plusDays(20), "lumio x50 is not tracked", List.of(), 0));
        SovTable t = sov.table(10);
        assertEquals(List.of(mon, mon.plusWeeks(1), mon.plusWeeks(2)), t.weeks());
        assertTrue(t.explicit());
        assertEquals(List.of("brewmate", "lumio x5"), List.copyOf(t.counts().keySet()));
        assertEquals(1.0 / 3, t.share("brewmate", 0), 1e-12);
        assertEquals(2.0 / 3, t.share("lumio x5", 0), 1e-12);
        assertEquals(1.0, t.share("brewmate", 1), 1e-12);
        assertEquals(0.0, t.share("brewmate", 2), 1e-12);
        assertEquals(2, t.total("brewmate"));
    }

    @Test
    void shareOfVoiceWithoutTermsTracksTheMostUsedHashtags() {
        ShareOfVoice sov = new ShareOfVoice(List.of());
        LocalDate mon = LocalDate.of(2026, 6, 1);
        for (int i = 0; i < 5; i++) {
            sov.add(dev.starling.analysis.trends.Posts.post("h" + i, "a", mon, "x", List.of("HeatWave"), 0));
        }
        sov.add(dev.starling.analysis.trends.Posts.post("s", "a", mon, "x", List.of("strike"), 0));
        sov.add(dev.starling.analysis.trends.Posts.post("s2", "a", mon, "x", List.of("Strike"), 0));
        sov.add(dev.starling.analysis.trends.Posts.post("t", "a", mon, "x", List.of("rare"), 0));
        SovTable t = sov.table(2);
        assertEquals(List.of("heatwave", "strike"), List.copyOf(t.counts().keySet()));
        assertEquals(5.0 / 7, t.share("heatwave", 0), 1e-12);
    }
}
