package dev.starling.analysis.recommend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recommendation over a corpus of posts: items are posts, users are (pseudonymised) authors, and a
 * user's history is what they wrote, replied to, quoted or reposted.
 *
 * <ul>
 *   <li>{@link #moreLikeThis}: the post's nearest neighbours by sentence embedding through an
 *       {@link HnswIndex}, then {@link Mmr} so near-duplicates do not fill the list.</li>
 *   <li>{@link #forYou}: a {@link BlendRanker} of content similarity to the user's history, engagement
 *       (log of likes + reposts), recency (recent activity around a post, half-life two days) and
 *       the accounts the user interacts with (replied to, reposted, quoted, mentioned), then MMR. Weights
 *       1, 0.15, 0.15, 0.3: taste first, the rest breaks ties (there is no held-out data to fit them on a
 *       corpus of posts; the data-set evaluation in {@link ForYouEvaluation} shows the signals' value).</li>
 * </ul>
 * Reposts are never recommended (they copy another post); nor is anything in the user's own history.
 */
public final class PostRecommender {
    /**
     * One post, already privacy-protected.
     *
     * @param parentId   the post it replies to, quotes or reposts, or null
     * @param isRepost   true when it only reposts {@code parentId}
     * @param engagement likes + reposts (0 when unknown)
     * @param mentions   pseudonymised handles it mentions
     */
    public record Item(String id, String author, String authorHandle, Instant createdAt, String text, long engagement,
                       String parentId, boolean isRepost, List<String> mentions) {
    }

    /** A recommended post (index into the items) and its score: a cosine for "more like this", a blend for "for you". */
    public record Hit(int item, double score) {
    }

    static final double HALF_LIFE_SECONDS = 2 * 86_400;
    static final double MORE_LIKE_THIS_LAMBDA = 0.8;
    static final double FOR_YOU_LAMBDA = 0.7;
    static final int POOL = 50;
    /** A neighbour at least this similar to the query is a copy (the same text give or take an emoji), not a recommendation. */
    static final float DUPLICATE = 0.95f;

    private final List<Item> items;
    private final float[][] vectors;
    private final VectorIndex index;
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<String, Integer> userOf = new LinkedHashMap<>();
    private final Interactions interactions;
    private final BlendRanker blend;
    private final long now;

    /** @param vectors L2-normalised embedding per item [n, d] */
    public PostRecommender(List<Item> items, float[][] vectors, long seed) {
        this.items = List.copyOf(items);
        this.vectors = vectors;
        this.index = HnswIndex.of(vectors, seed);
        for (int i = 0; i < items.size(); i++) {
            byId.putIfAbsent(items.get(i).id(), i);
            userOf.putIfAbsent(items.get(i).author(), userOf.size());
        }
        Map<String, Integer> handleUser = new HashMap<>();
        for (Item it : items) {
            if (it.authorHandle() != null) {
                handleUser.putIfAbsent(it.authorHandle(), userOf.get(it.author()));
            }
        }
        this.interactions = history();
        this.now = items.stream().map(Item::createdAt).filter(t -> t != null).mapToLong(Instant::getEpochSecond).max().orElse(0) + 1;
        float[] engagement = new float[items.size()];
        for (int i = 0; i < engagement.length; i++) {
            engagement[i] = (float) Math.log1p(Math.max(0, items.get(i).engagement()));
        }
        this.blend = new BlendRanker("for-you", List.of(
                new BlendRanker.Part(new ContentRanker(interactions, vectors, HALF_LIFE_SECONDS), 1.0),
                new BlendRanker.Part(new StaticRanker("engagement", engagement), 0.15),
                new BlendRanker.Part(new RecencyRanker(interactions, HALF_LIFE_SECONDS), 0.15),
                new BlendRanker.Part(new FriendsRanker(interactions, contacts(handleUser)), 0.3)));
    }

    public List<Item> items() {
        return items;
    }

    public Optional<Integer> indexOf(String postId) {
        return Optional.ofNullable(byId.get(postId));
    }

    /** Whether {@code author} wrote any post here. */
    public boolean knows(String author) {
        return userOf.containsKey(author);
    }

    /** The author with the most posts (first seen wins ties), or empty for an empty corpus. */
    public Optional<String> mostActiveAuthor() {
        int[] n = new int[userOf.size()];
        for (Item it : items) {
            n[userOf.get(it.author())]++;
        }
        String best = null;
        int bestN = 0;
        for (Map.Entry<String, Integer> e : userOf.entrySet()) {
            if (n[e.getValue()] > bestN) {
                bestN = n[e.getValue()];
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Up to {@code k} posts most like post {@code item} (itself, reposts and near-copies, cosine >= 0.95, left out). */
    public List<Hit> moreLikeThis(int item, int k) {
        float[] rel = new float[items.size()];
        Arrays.fill(rel, Float.NaN);
        List<Integer> pool = new ArrayList<>();
        for (VectorIndex.Neighbour n : index.search(vectors[item], POOL + 1)) {
            Item it = items.get(n.id());
            if (n.id() != item && !it.isRepost() && n.similarity() < DUPLICATE) {
                pool.add(n.id());
                rel[n.id()] = n.similarity();
            }
        }
        int[] picked = Mmr.rerank(pool.stream().mapToInt(Integer::intValue).toArray(), rel, vectors, MORE_LIKE_THIS_LAMBDA, k);
        return Arrays.stream(picked).mapToObj(i -> new Hit(i, rel[i])).toList();
    }

    /** Up to {@code k} posts for {@code author}, or an empty list when the author is unknown. */
    public List<Hit> forYou(String author, int k) {
        Integer u = userOf.get(author);
        if (u == null) {
            return List.of();
        }
        float[] s = new float[items.size()];
        blend.score(u, now, s);
        boolean[] excluded = new boolean[items.size()];
        for (int i : interactions.itemsOf(u)) {
            excluded[i] = true;
        }
        for (int i = 0; i < excluded.length; i++) {
            excluded[i] |= items.get(i).isRepost() || items.get(i).author().equals(author);
        }
        int[] picked = Mmr.rerank(TopK.of(s, POOL, excluded), s, vectors, FOR_YOU_LAMBDA, k);
        return Arrays.stream(picked).mapToObj(i -> new Hit(i, s[i])).toList();
    }

    /** Writing a post, and replying to, quoting or reposting one, are interactions with it. */
    private Interactions history() {
        Interactions.Builder b = new Interactions.Builder(userOf.size(), items.size());
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            long t = it.createdAt() == null ? Interactions.UNDATED : it.createdAt().getEpochSecond();
            int u = userOf.get(it.author());
            b.add(u, i, t);
            Integer parent = it.parentId() == null ? null : byId.get(it.parentId());
            if (parent != null) {
                b.add(u, parent, t);
            }
        }
        return b.build();
    }

    /** Per user: the authors of posts they replied to, quoted or reposted, and the accounts they mentioned. */
    private int[][] contacts(Map<String, Integer> handleUser) {
        List<java.util.Set<Integer>> c = new ArrayList<>();
        for (int u = 0; u < userOf.size(); u++) {
            c.add(new java.util.TreeSet<>());
        }
        for (Item it : items) {
            int u = userOf.get(it.author());
            Integer parent = it.parentId() == null ? null : byId.get(it.parentId());
            if (parent != null) {
                c.get(u).add(userOf.get(items.get(parent).author()));
            }
            for (String m : it.mentions()) {
                Integer f = handleUser.get(m);
                if (f != null) {
                    c.get(u).add(f);
                }
            }
            c.get(u).remove(u);
        }
        return c.stream().map(s -> s.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }
}
