package dev.starling.analysis.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A uniform sample of at most {@code capacity} posts per topic, each kept as the ids of its
 * distinct terms: reservoir sampling (Vitter's algorithm R), so memory is bounded by k × capacity
 * whatever the corpus size, and one seeded random source drawn in arrival order makes it
 * deterministic. With capacity 0 it keeps nothing.
 */
final class TopicPostSample {
    private final int capacity;
    private final SplittableRandom random;
    private final List<List<int[]>> kept = new ArrayList<>();
    private final long[] seen;

    TopicPostSample(int topics, int capacity, long seed) {
        this.capacity = capacity;
        this.random = new SplittableRandom(seed);
        this.seen = new long[topics];
        for (int t = 0; t < topics; t++) {
            kept.add(new ArrayList<>());
        }
    }

    /** Offers one post of {@code topic}: kept with probability capacity / (posts of the topic so far). */
    void add(int topic, int[] terms) {
        if (capacity == 0) {
            return;
        }
        long n = ++seen[topic];
        List<int[]> list = kept.get(topic);
        if (list.size() < capacity) {
            list.add(terms);
            return;
        }
        long j = random.nextLong(n);
        if (j < capacity) {
            list.set((int) j, terms);
        }
    }

    /** The kept posts of {@code topic} (term ids). Do not modify. */
    List<int[]> of(int topic) {
        return kept.get(topic);
    }
}
