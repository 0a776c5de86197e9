package dev.starling.engine.ops;

/**
 * Service-provider interface for kernel backends, listed in
 * {@code META-INF/services/dev.starling.engine.ops.KernelProvider}.
 */
public interface KernelProvider {
    /** Backend name, unique among providers. */
    String name();

    /** Higher wins when no backend is requested by name. */
    int priority();

    /** Whether this backend can run here (e.g. the Vector API module is present and useful). */
    boolean available();

    /** A backend using {@code threads} threads. */
    Kernels create(int threads);
}
