package dev.starling.analysis.sample;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Engagement counts of a file's posts: replies, quotes and reposts count the posts of the file that answer,
 * quote or repost each one, plus some from outside the sample; likes and views scale with popularity.
 */
final class Engagement {
    /** Counts as a platform shows them. */
    record Counts(long likes, long reposts, long replies, long quotes, long views) {
    }

    private final Map<Integer, int[]> children = new HashMap<>();

    Engagement(List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.parent() != null) {
                int[] c = children.computeIfAbsent(d.parent().seq(), k -> new int[3]);
                c[switch (d.share()) {
                    case REPLY -> 0;
                    case QUOTE -> 1;
                    default -> 2;
                }]++;
            }
        }
    }

    Counts of(Draft d, Random rnd) {
        int[] c = children.getOrDefault(d.seq(), new int[3]);
        double p = d.popularity();
        long likes = StrictMath.round(p * (0.5 + rnd.nextDouble()));
        long reposts = c[2] + StrictMath.round(p * 0.15 * rnd.nextDouble());
        long replies = c[0] + StrictMath.round(p * 0.03 * rnd.nextDouble());
        long quotes = c[1] + StrictMath.round(p * 0.02 * rnd.nextDouble());
        long views = likes * (30 + rnd.nextInt(90)) + d.author().followers() / 10 + rnd.nextInt(50);
        return new Counts(likes, reposts, replies, quotes, views);
    }
}
