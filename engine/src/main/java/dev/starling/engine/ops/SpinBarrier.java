package dev.starling.engine.ops;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A barrier for the ranks of one {@link Parallel#team}: each {@link #await} returns once every
 * party has arrived. The parties spin (they are the pool's own threads, one per core, and a
 * barrier in a decoding step is passed every few microseconds), yielding the core after a while
 * so that a pool larger than the machine still progresses. Sense by generation: the last to
 * arrive resets the count and opens the next generation.
 */
public final class SpinBarrier {
    private static final SpinBarrier SINGLE = new SpinBarrier(1);
    /** Spin this long before yielding between checks. */
    private static final long SPIN_NANOS = 20_000;

    private final int parties;
    private final AtomicInteger arrived = new AtomicInteger();
    private volatile int generation;
    private volatile boolean broken;

    SpinBarrier(int parties) {
        if (parties < 1) {
            throw new IllegalArgumentException("parties must be >= 1, got " + parties);
        }
        this.parties = parties;
    }

    /** The barrier of a team of one: never waits. */
    static SpinBarrier single() {
        return SINGLE;
    }

    public int parties() {
        return parties;
    }

    /**
     * Waits until all parties have called await for this generation.
     *
     * @throws BrokenException if another party failed (its failure is what the team reports)
     */
    public void await() {
        if (parties == 1) {
            return;
        }
        int gen = generation;
        if (arrived.incrementAndGet() == parties) {
            arrived.set(0);
            generation = gen + 1; // the volatile write publishes everything written before it
            return;
        }
        long spinUntil = 0;
        int spins = 0;
        while (generation == gen) {
            if (broken) {
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

    /** Makes every waiting and later {@link #await} throw: a party failed. */
    void breakBarrier() {
        broken = true;
    }

    /** Thrown by {@link #await} when another party of the team failed. */
    public static final class BrokenException extends RuntimeException {
        BrokenException() {
            super("another thread of the team failed", null, false, false);
        }
    }
}
