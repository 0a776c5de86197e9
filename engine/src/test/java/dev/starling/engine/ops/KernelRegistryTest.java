package dev.starling.engine.ops;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KernelRegistryTest {
    @Test
    void bothBackendsAreRegisteredAndVectorIsPreferred() {
        var names = KernelRegistry.providers().stream().map(KernelProvider::name).toList();
        assertTrue(names.contains("scalar") && names.contains("vector"), names.toString());
        assertEquals("vector", KernelRegistry.best().name());
        assertEquals("scalar", KernelRegistry.byName("scalar").create(1).name());
    }

    @Test
    void unknownBackendIsAClearError() {
        var e = assertThrows(IllegalArgumentException.class, () -> KernelRegistry.byName("cuda"));
        assertTrue(e.getMessage().contains("unknown kernel backend 'cuda'"), e.getMessage());
    }

    @Test
    void parallelRunsEveryItemOnceAndPropagatesFailures() {
        try (Parallel p = Parallel.of(2)) {
            int[] hits = new int[1000];
            p.forEach(1000, i -> hits[i]++);
            for (int h : hits) {
                assertEquals(1, h);
            }
            assertThrows(IllegalStateException.class, () -> p.forEach(10, i -> {
                if (i == 7) {
                    throw new IllegalStateException("boom");
                }
            }));
            // still usable after a failure, and nested loops run inline instead of deadlocking
            int[] nested = new int[100];
            p.forEach(10, i -> p.forEach(10, j -> nested[i * 10 + j]++));
            for (int h : nested) {
                assertEquals(1, h);
            }
            // many short jobs in a row (workers spin, then park, then wake)
            java.util.concurrent.atomic.AtomicLong sum = new java.util.concurrent.atomic.AtomicLong();
            for (int round = 0; round < 2000; round++) {
                p.forEach(3, sum::addAndGet);
                if (round % 500 == 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                }
            }
            assertEquals(2000L * 3, sum.get());
        }
    }
}
