package dev.starling.analysis.influence;

import dev.starling.analysis.posts.Post;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over protected posts: per account its posts, reach and engagement, and the weighted
 * interaction graph. Mentions name an account directly; replies, quotes and reposts name a post,
 * whose author is looked up when the pass is over (a post outside the corpus gives no edge).
 * Memory: per account a few numbers; per post 12 bytes (its hash → author); per edge 16 bytes.
 */
public final class InfluenceCollector {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private long[] posts = new long[64];
    private long[] followers = new long[64];
    private long[] views = new long[64];
    private long[] engagement = new long[64];
    private final LongIntMap authorOfPost = new LongIntMap();
    private final EdgeList direct = new EdgeList();
    private final EdgeList byPost = new EdgeList();
    private long postCount;

    /** Counts one protected post. */
    public void add(Post post) {
        postCount++;
        int a = node(Accounts.key(post.author()));
        posts[a]++;
        Long f = post.author().followers();
        followers[a] = Math.max(followers[a], f == null ? -1 : f);
        views[a] += Accounts.n(post.metrics().views());
        engagement[a] += Accounts.engagement(post.metrics());
        String platform = post.platform().name();
        authorOfPost.put(postHash(platform, post.id()), a);
        for (String m : post.mentions()) {
            int b = node(Accounts.mentionKey(m));
            direct.add(a, b, Interaction.MENTION);
        }
        reference(a, platform, post.replyTo(), Interaction.REPLY);
        reference(a, platform, post.quoteOf(), Interaction.QUOTE);
        reference(a, platform, post.repostOf(), Interaction.REPOST);
    }

    private void reference(int a, String platform, String postId, Interaction kind) {
        if (postId != null && !postId.isBlank()) {
            byPost.addPending(a, postHash(platform, postId), kind);
        }
    }

    private int node(String key) {
        Integer i = index.get(key);
        if (i != null) {
            return i;
        }
        int n = names.size();
        index.put(key, n);
        names.add(key);
        if (n == posts.length) {
            posts = Arrays.copyOf(posts, 2 * n);
            followers = Arrays.copyOf(followers, 2 * n);
            views = Arrays.copyOf(views, 2 * n);
            engagement = Arrays.copyOf(engagement, 2 * n);
        }
        followers[n] = -1;
        return n;
    }

    /** Builds the graph, ranks every account and returns the result. */
    public InfluenceResult finish(PageRank pageRank) {
        int n = names.size();
        EdgeList edges = direct.copy();
        int unresolved = 0;
        for (int e = 0; e < byPost.size(); e++) {
            int b = authorOfPost.get(byPost.target(e));
            if (b < 0) {
                unresolved++;
            } else {
                edges.add(byPost.from(e), b, byPost.kind(e));
            }
        }
        EdgeList graph = edges.withoutSelfLoops();
        int[] to = graph.toArray();
        double[] w = graph.weightArray();
        double[] r = pageRank.rank(n, graph.fromArray(), to, w);
        double[] in = new double[n];
        for (int e = 0; e < to.length; e++) {
            in[to[e]] += w[e];
        }
        List<AuthorRank> ranks = Rankings.rank(names, posts, followers, views, engagement, in, r);
        return new InfluenceResult(ranks, postCount, n, graph.size(), graph.countsByKind(), unresolved);
    }

    /** FNV-1a, 64 bits, over platform, a separator and id: collisions are negligible below billions of posts. */
    static long postHash(String platform, String id) {
        long h = 0xcbf29ce484222325L;
        String s = platform + '\u0000' + id;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }
}
