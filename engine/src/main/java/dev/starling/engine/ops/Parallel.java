package dev.starling.engine.ops;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Runs independent work items on a fixed set of threads; the calling thread takes part.
 * Items are handed out dynamically (an atomic counter), so uneven items (attention over
 * sequences of different lengths) still balance. With one thread everything runs inline.
 *
 * <p>Why not a ForkJoinPool: a forward pass of one short post issues ~60 parallel operations of
 * a few tens of microseconds each, so hand-off latency matters. Workers here spin briefly for the
 * next job before parking (as ONNX Runtime's threads do), and a job is handed over with one
 * volatile write and an unpark.
 */
public final class Parallel implements AutoCloseable {
    private static final Parallel SEQUENTIAL = new Parallel(1);
    /** How long an idle worker spins before parking: long enough to bridge the gaps between kernels. */
    private static final long SPIN_NANOS = 50_000;

    private final int threads;
    private final Worker[] workers;
    private volatile boolean closed;
    /** The thread inside {@link #forEach} (guarded by this), so a nested call runs inline. */
    private Thread caller;

    private Parallel(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.workers = new Worker[threads - 1];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Worker();
            Thread t = new Thread(workers[i], "starling-kernel-" + i);
            t.setDaemon(true);
            workers[i].thread = t;
            t.start();
        }
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

    /** One parallel loop: the items, who takes the next one, and who is still working. */
    private static final class Job {
        final int items;
        final IntConsumer body;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger running;
        volatile Throwable failure;

        Job(int items, IntConsumer body, int helpers) {
            this.items = items;
            this.body = body;
            this.running = new AtomicInteger(helpers);
        }

        void work() {
            try {
                for (int i = next.getAndIncrement(); i < items && failure == null; i = next.getAndIncrement()) {
                    body.accept(i);
                }
            } catch (Throwable e) {
                failure = e;
            }
        }
    }

    private final class Worker implements Runnable {
        Thread thread;
        volatile Job pending;

        @Override
        public void run() {
            while (!closed) {
                Job job = awaitJob();
                if (job != null) {
                    pending = null;
                    job.work();
                    job.running.decrementAndGet();
                }
            }
        }

        private Job awaitJob() {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            Job job;
            while ((job = pending) == null && !closed) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            return job;
        }
    }

    /**
     * Calls {@code body.accept(i)} for every i in [0, items), in parallel, and waits for all.
     * Not reentrant: a body must not call forEach on the same pool (nested loops run inline).
     */
    public void forEach(int items, IntConsumer body) {
        if (items <= 0) {
            return;
        }
        int helpers = Math.min(threads, items) - 1;
        if (helpers == 0 || isWorkerThread() || caller == Thread.currentThread()) {
            for (int i = 0; i < items; i++) {
                body.accept(i);
            }
            return;
        }
        Job job = new Job(items, body, helpers);
        synchronized (this) {
            caller = Thread.currentThread();
            for (int w = 0; w < helpers; w++) {
                workers[w].pending = job;
                LockSupport.unpark(workers[w].thread);
            }
            job.work();
            while (job.running.get() > 0) {
                Thread.onSpinWait();
            }
            caller = null;
        }
        Throwable failure = job.failure;
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

    /** The body of {@link #forRanges}: one half-open range [from, to). */
    @FunctionalInterface
    public interface RangeBody {
        void accept(int from, int to);
    }

    /**
     * Calls {@code body.accept(from, to)} over ranges that cover [0, n) exactly once, each at most
     * {@code grain} long: every thread walks one contiguous share from its front and then takes
     * the ends of the others' ({@link StealingRanges}). For memory-bound loops over rows (a
     * matrix-vector product during decoding): long sequential runs per thread, yet balanced.
     */
    public void forRanges(int n, int grain, RangeBody body) {
        if (n <= 0) {
            return;
        }
        if (grain < 1) {
            throw new IllegalArgumentException("grain must be >= 1, got " + grain);
        }
        int shares = Math.min(threads, (n + grain - 1) / grain);
        if (shares == 1) {
            for (int from = 0; from < n; from += grain) {
                body.accept(from, Math.min(n, from + grain));
            }
            return;
        }
        StealingRanges ranges = new StealingRanges(n, grain, shares, body);
        forEach(shares, ranges::run);
    }

    private boolean isWorkerThread() {
        Thread current = Thread.currentThread();
        for (Worker w : workers) {
            if (w.thread == current) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        if (this == SEQUENTIAL) {
            return;
        }
        closed = true;
        for (Worker w : workers) {
            LockSupport.unpark(w.thread);
        }
    }
}
