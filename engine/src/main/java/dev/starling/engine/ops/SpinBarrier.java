package dev.starling.engine.ops;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One rank's handle on the barrier of a {@link Parallel#team}: {@link #await} returns once every
 * rank has arrived at the same barrier. Each rank counts its arrivals in a cache line of its own,
 * published with a release store, and waits until every other rank's count has caught up (acquire
 * loads): no shared atomic counter, so passing a barrier costs one cache-line transfer per peer,
 * not the read-for-ownership round trips of a lock-prefixed increment. The ranks spin (they are
 * the pool's own threads, one per core, passing a barrier every few microseconds), and yield the
 * core after a while so that a pool larger than the machine still progresses.
 */
public final class SpinBarrier {
    private static final VarHandle COUNTS = MethodHandles.arrayElementVarHandle(long[].class);
    /** longs per rank: each count on its own 128-byte stretch (two cache lines, the adjacent-line prefetcher's pair). */
    private static final int STRIDE = 16;
    /** Spin this long before yielding between checks. */
    private static final long SPIN_NANOS = 20_000;

    /** What the ranks of one team share. */
    static final class Shared {
        final int parties;
        final long[] counts;
        volatile boolean broken;

        Shared(int parties) {
            if (parties < 1) {
                throw new IllegalArgumentException("parties must be >= 1, got " + parties);
            }
            this.parties = parties;
            this.counts = new long[(parties + 1) * STRIDE]; // rank r at (r + 1)·STRIDE: nothing else on its lines
        }

        void breakBarrier() {
            broken = true;
        }
    }

    private final Shared shared;
    private final int rank;
    private long arrivals;

    SpinBarrier(Shared shared, int rank) {
        this.shared = shared;
        this.rank = rank;
    }

    /** The barrier of a team of one: never waits. */
    static SpinBarrier single() {
        return new SpinBarrier(new Shared(1), 0);
    }

    public int parties() {
        return shared.parties;
    }

    /**
     * Waits until every rank has called await as often as this one.
     *
     * @throws BrokenException if another rank failed (its failure is what the team reports)
     */
    public void await() {
        if (shared.parties == 1) {
            return;
        }
        long mine = ++arrivals;
        long[] counts = shared.counts;
        COUNTS.setRelease(counts, (rank + 1) * STRIDE, mine); // everything written before is published with it
        long spinUntil = 0;
        int spins = 0;
        for (int r = 0; r < shared.parties; r++) {
            while ((long) COUNTS.getAcquire(counts, (r + 1) * STRIDE) < mine) {
                if (shared.broken) {
                    throw new BrokenException();
                }
                if (++spins < 1024) {
                    Thread.onSpinWait();
                } else if (spinUntil == 0) {
                    spinUntil = System.nanoTime() + SPIN_NANOS;
                } else if (System.nanoTime() > spinUntil) {
                    Thread.yield();
                } else {
                    Thread.onSpinWait();
                }
            }
        }
    }

    /** Thrown by {@link #await} when another rank of the team failed. */
    public static final class BrokenException extends RuntimeException {
        BrokenException() {
            super("another thread of the team failed", null, false, false);
        }
    }
}
