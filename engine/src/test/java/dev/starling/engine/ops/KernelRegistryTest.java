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
        }
    }
}
