package dev.starling.engine.ops;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds kernel backends through {@link ServiceLoader}. The best available one is the default;
 * the system property {@code starling.kernels} (a provider name) selects another.
 */
public final class KernelRegistry {
    private KernelRegistry() {
    }

    public static List<KernelProvider> providers() {
        List<KernelProvider> out = new ArrayList<>();
        ServiceLoader.load(KernelProvider.class, KernelRegistry.class.getClassLoader()).forEach(out::add);
        out.sort(Comparator.comparingInt(KernelProvider::priority).reversed());
        return out;
    }

    /** The provider named by {@code starling.kernels}, else the highest-priority available one. */
    public static KernelProvider best() {
        String wanted = System.getProperty("starling.kernels");
        List<KernelProvider> all = providers();
        if (wanted != null && !wanted.isBlank()) {
            return byName(wanted);
        }
        return all.stream().filter(KernelProvider::available).findFirst()
                .orElseThrow(() -> new IllegalStateException("no kernel backend available"));
    }

    public static KernelProvider byName(String name) {
        for (KernelProvider p : providers()) {
            if (p.name().equals(name)) {
                if (!p.available()) {
                    throw new IllegalStateException("kernel backend '" + name + "' is not available here");
                }
                return p;
            }
        }
        throw new IllegalArgumentException("unknown kernel backend '" + name + "'; known: "
                + providers().stream().map(KernelProvider::name).toList());
    }

    /** The default backend with {@code threads} threads. */
    public static Kernels create(int threads) {
        return best().create(threads);
    }
}
