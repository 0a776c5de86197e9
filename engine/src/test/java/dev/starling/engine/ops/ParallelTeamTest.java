package dev.starling.engine.ops;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link Parallel#team} and its {@link SpinBarrier}: every rank once, on its own thread; writes before a barrier visible after it; failures reported. */
class ParallelTeamTest {

    @Test
    void everyRankRunsOnceOnItsOwnThreadAndTheCallerIsRankZero() {
        for (int threads = 1; threads <= 4; threads++) {
            try (Parallel p = Parallel.of(threads)) {
                AtomicIntegerArray runs = new AtomicIntegerArray(threads);
                Set<Thread> seen = ConcurrentHashMap.newKeySet();
                Thread caller = Thread.currentThread();
                AtomicInteger sizes = new AtomicInteger();
                p.team((rank, size, barrier) -> {
                    runs.incrementAndGet(rank);
                    seen.add(Thread.currentThread());
                    sizes.addAndGet(size);
                    if (rank == 0) {
                        assertSame(caller, Thread.currentThread());
                    }
                });
                for (int r = 0; r < threads; r++) {
                    assertEquals(1, runs.get(r), "rank " + r + " of " + threads);
                }
                assertEquals(threads, seen.size(), "one thread per rank");
                assertEquals(threads * threads, sizes.get(), "every rank sees the team's size");
            }
        }
    }

    @Test
    void whatARankWroteBeforeABarrierIsSeenByEveryRankAfterIt() {
        // two threads on the two cores, many rounds; three threads (more than the cores here:
        // the barrier must yield to make progress) fewer
        assertBarrierPublishes(2, 20, 2_000);
        assertBarrierPublishes(3, 2, 300);
    }

    private static void assertBarrierPublishes(int threads, int calls, int phases) {
        try (Parallel p = Parallel.of(threads)) {
            int[] slots = new int[threads];
            AtomicInteger wrong = new AtomicInteger();
            for (int call = 0; call < calls; call++) {
                int base = call * phases;
                p.team((rank, size, barrier) -> {
                    for (int phase = 1; phase <= phases; phase++) {
                        slots[rank] = base + phase; // plain write, published by the barrier
                        barrier.await();
                        for (int r = 0; r < size; r++) {
                            if (slots[r] != base + phase) {
                                wrong.incrementAndGet();
                            }
                        }
                        barrier.await(); // nobody overwrites a slot while another rank still reads it
                    }
                });
            }
            assertEquals(0, wrong.get(), threads + " threads: reads after a barrier that missed a write before it");
        }
    }

    @Test
    void aFailingRankStopsTheOthersAndItsExceptionIsRethrown() {
        try (Parallel p = Parallel.of(2)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.team((rank, size, barrier) -> {
                if (rank == 1) {
                    throw new IllegalStateException("rank 1 failed");
                }
                barrier.await(); // would wait forever without the broken barrier
            }));
            assertEquals("rank 1 failed", e.getMessage());
            AtomicInteger after = new AtomicInteger(); // the pool still works
            p.team((rank, size, barrier) -> {
                barrier.await();
                after.incrementAndGet();
            });
            assertEquals(2, after.get());
        }
    }

    @Test
    void aTeamInsideAParallelLoopRunsAsATeamOfOne() {
        try (Parallel p = Parallel.of(2)) {
            AtomicInteger sizes = new AtomicInteger();
            p.forEach(4, i -> p.team((rank, size, barrier) -> {
                barrier.await();
                sizes.addAndGet(size);
            }));
            assertEquals(4, sizes.get(), "four nested teams of one");
        }
    }
}
