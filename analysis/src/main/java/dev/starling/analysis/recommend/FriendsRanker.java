package dev.starling.analysis.recommend;

import java.util.Arrays;

/**
 * Social proof: an item scores how many of the user's friends touched it before {@code asOf}.
 * Friends are given as adjacency lists over the same users ({@code friends[u]}).
 */
public final class FriendsRanker implements Ranker {
    private final Interactions train;
    private final int[][] friends;

    public FriendsRanker(Interactions train, int[][] friends) {
        if (friends.length != train.users()) {
            throw new IllegalArgumentException("one friend list per user");
        }
        this.train = train;
        this.friends = friends;
    }

    @Override
    public String name() {
        return "friends";
    }

    @Override
    public void score(int user, long asOf, float[] out) {
        Arrays.fill(out, 0f);
        for (int f : friends[user]) {
            int[] it = train.itemsOf(f);
            long[] ts = train.timesOf(f);
            for (int j = 0; j < it.length && ts[j] < asOf; j++) {
                out[it[j]] += 1f;
            }
        }
    }
}
