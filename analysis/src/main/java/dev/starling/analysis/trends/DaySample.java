package dev.starling.analysis.trends;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A deterministic, order-independent sample of at most {@code capacity} posts of one day: the
 * posts whose id hashes are smallest (bottom-k sampling). Every post has the same chance to be
 * kept, the same corpus gives the same sample in any input order, and memory per day is bounded.
 * A key that bursts is frequent that day, so its posts are well represented in the sample.
 */
final class DaySample {
    private record Entry(long hash, PostDigest post) {
    }

    private final int capacity;
    /** Max-heap on hash: the head is the first to leave. */
    private final PriorityQueue<Entry> heap = new PriorityQueue<>(Comparator.comparingLong(Entry::hash).reversed());

    DaySample(int capacity) {
        this.capacity = capacity;
    }

    boolean wouldKeep(long hash) {
        return heap.size() < capacity || hash < heap.peek().hash();
    }

    void offer(long hash, PostDigest post) {
        if (heap.size() < capacity) {
            heap.add(new Entry(hash, post));
        } else if (hash < heap.peek().hash()) {
            heap.poll();
            heap.add(new Entry(hash, post));
        }
    }

    List<PostDigest> posts() {
        List<PostDigest> out = new ArrayList<>(heap.size());
        heap.stream().sorted(Comparator.comparingLong(Entry::hash)).forEach(e -> out.add(e.post()));
        return out;
    }

    /** SplitMix64 of the string hash: spreads ids evenly over the 64-bit range. */
    static long hash(String platform, String id) {
        long z = (platform.hashCode() * 0x9E3779B97F4A7C15L) ^ id.hashCode() ^ ((long) id.length() << 32);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
