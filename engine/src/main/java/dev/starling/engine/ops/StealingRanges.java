package dev.starling.engine.ops;

import java.util.concurrent.atomic.AtomicLong;

/**
 * [0, n) cut into one contiguous share per thread, each share into chunks of {@code grain}; a
 * thread walks its own share from the front, chunk after chunk, then takes chunks from the back
 * of the other shares. Every thread thus reads memory in one long ascending run (which the
 * hardware prefetcher follows) and uneven speeds still balance: a thread that started late or runs
 * slower loses the end of its share to the others.
 *
 * <p>Per share one {@link AtomicLong} holds (front, back) chunk indices: the owner moves front up,
 * thieves move back down, both by compare-and-set, so a chunk is taken exactly once.
 */
final class StealingRanges {
    private final int n;
    private final int grain;
    private final int[] firstChunk; // [shares + 1]: the chunks of share s are [firstChunk[s], firstChunk[s+1])
    private final AtomicLong[] state;
    private final Parallel.RangeBody body;

    StealingRanges(int n, int grain, int shares, Parallel.RangeBody body) {
        this.n = n;
        this.grain = grain;
        this.body = body;
        int chunks = (n + grain - 1) / grain;
        this.firstChunk = new int[shares + 1];
        this.state = new AtomicLong[shares];
        for (int s = 0; s <= shares; s++) {
            firstChunk[s] = (int) ((long) chunks * s / shares);
        }
        for (int s = 0; s < shares; s++) {
            state[s] = new AtomicLong(pack(firstChunk[s], firstChunk[s + 1]));
        }
    }

    int shares() {
        return state.length;
    }

    /** The work of the thread that took share {@code s}: its own chunks, then the others' from the back. */
    void run(int s) {
        for (int c = takeFront(s); c >= 0; c = takeFront(s)) {
            chunk(c);
        }
        for (int d = 1; d < state.length; d++) {
            int victim = (s + d) % state.length;
            for (int c = takeBack(victim); c >= 0; c = takeBack(victim)) {
                chunk(c);
            }
        }
    }

    private void chunk(int c) {
        int from = c * grain;
        body.accept(from, Math.min(n, from + grain));
    }

    private int takeFront(int s) {
        return take(s, true);
    }

    private int takeBack(int s) {
        return take(s, false);
    }

    /** The first (front) or last chunk still free in share s, taken by compare-and-set; −1 when none is left. */
    private int take(int s, boolean fromFront) {
        AtomicLong a = state[s];
        while (true) {
            long v = a.get();
            int front = front(v);
            int back = back(v);
            if (front >= back) {
                return -1;
            }
            long next = fromFront ? pack(front + 1, back) : pack(front, back - 1);
            if (a.compareAndSet(v, next)) {
                return fromFront ? front : back - 1;
            }
        }
    }

    private static long pack(int front, int back) {
        return (long) front << 32 | (back & 0xFFFFFFFFL);
    }

    private static int front(long v) {
        return (int) (v >>> 32);
    }

    private static int back(long v) {
        return (int) v;
    }
}
