package dev.starling.engine.ops;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs independent work items on a fixed number of threads; the calling thread takes part.
 * Items are handed out dynamically (an atomic counter), so uneven items (attention over
 * sequences of different lengths) still balance. With one thread everything runs inline.
 */
public final class Parallel implements AutoCloseable {
    private static final Parallel SEQUENTIAL = new Parallel(1);

    private final int threads;
    private final ForkJoinPool pool;

    private Parallel(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : new ForkJoinPool(threads - 1, p -> {
            var t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setName("starling-kernel-" + t.getPoolIndex());
            t.setDaemon(true);
            return t;
        }, null, false);
    }

    /** A pool of {@code threads} threads (the caller counts as one). */
    public static Parallel of(int threads) {
        return threads == 1 ? SEQUENTIAL : new Parallel(threads);
    }

    public static Parallel sequential() {
        return SEQUENTIAL;
    }

    public int threads() {
        return threads;
    }

    /** Calls {@code body.accept(i)} for every i in [0, items), in parallel, and waits for all. */
    public void forEach(int items, IntConsumer body) {
        if (items <= 0) {
            return;
        }
        if (pool == null || items == 1) {
            for (int i = 0; i < items; i++) {
                body.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < items; i = next.getAndIncrement()) {
                body.accept(i);
            }
        };
        int helpers = Math.min(threads, items) - 1;
        ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[helpers];
        for (int t = 0; t < helpers; t++) {
            tasks[t] = pool.submit(worker);
        }
        Throwable failure = null;
        try {
            worker.run();
        } catch (Throwable e) {
            failure = e;
        }
        for (ForkJoinTask<?> task : tasks) {
            try {
                task.join();
            } catch (Throwable e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure instanceof Error err) {
            throw err;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
