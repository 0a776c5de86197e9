package dev.starling.engine.ops;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelRangesTest {
    @Test
    void everyIndexIsCoveredExactlyOnceInRangesOfAtMostTheGrain() {
        for (int threads = 1; threads <= 3; threads++) {
            Parallel p = Parallel.of(threads);
            for (int n : new int[] {1, 7, 64, 1000}) {
                for (int grain : new int[] {1, 3, 64, 5000}) {
                    AtomicIntegerArray seen = new AtomicIntegerArray(n);
                    p.forRanges(n, grain, (from, to) -> {
                        assertTrue(from < to && to - from <= grain, from + ".." + to);
                        for (int i = from; i < to; i++) {
                            seen.incrementAndGet(i);
                        }
                    });
                    for (int i = 0; i < n; i++) {
                        assertEquals(1, seen.get(i), "index " + i + " (n " + n + ", grain " + grain + ", " + threads + " threads)");
                    }
                }
            }
        }
    }

    @Test
    void aSlowThreadLosesTheEndOfItsShare() {
        Parallel p = Parallel.of(2);
        int n = 200;
        AtomicIntegerArray by = new AtomicIntegerArray(n);
        Thread caller = Thread.currentThread();
        p.forRanges(n, 1, (from, to) -> {
            boolean slow = Thread.currentThread() != caller;
            if (slow) {
                LockSupport.parkNanos(2_000_000); // the worker crawls: 2 ms per index
            }
            by.set(from, slow ? 2 : 1);
        });
        int mine = 0;
        for (int i = 0; i < n; i++) {
            assertTrue(by.get(i) != 0, "index " + i + " done");
            mine += by.get(i) == 1 ? 1 : 0;
        }
        // without stealing the caller would do its half (100) and wait
        assertTrue(mine > n / 2 + 20, "the caller took " + mine + " of " + n);
    }

    @Test
    void aBadGrainIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Parallel.of(2).forRanges(10, 0, (a, b) -> { }));
    }
}
