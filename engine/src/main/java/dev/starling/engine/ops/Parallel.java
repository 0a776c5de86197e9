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
            workers[i] = new Worker(i);
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

    /** What a worker runs: a loop's items ({@link Job}) or its rank of a team ({@link TeamJob}). */
    private interface Task {
        /** Runs on worker {@code worker} (0-based; the caller is not a worker). */
        void run(int worker);

        /** Signals that worker is done. */
        void finished();
    }

    /** One parallel loop: the items, who takes the next one, and who is still working. */
    private static final class Job implements Task {
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

        @Override
        public void run(int worker) {
            work();
        }

        @Override
        public void finished() {
            running.decrementAndGet();
        }
    }

    private final class Worker implements Runnable {
        final int index;
        Thread thread;
        volatile Task pending;
        /** True while the worker may be parked: only then does a hand-off need an unpark. */
        volatile boolean parking;

        Worker(int index) {
            this.index = index;
        }

        @Override
        public void run() {
            while (!closed) {
                Task job = awaitJob();
                if (job != null) {
                    pending = null;
                    job.run(index);
                    job.finished();
                }
            }
        }

        private Task awaitJob() {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            Task job;
            while ((job = pending) == null && !closed) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    parking = true;
                    if (pending == null && !closed) {
                        LockSupport.park(this);
                    }
                    parking = false;
                    spinUntil = System.nanoTime() + SPIN_NANOS;
                }
            }
            return job;
        }

        void hand(Task job) {
            pending = job;
            if (parking) {
                LockSupport.unpark(thread);
            }
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
                workers[w].hand(job);
            }
            job.work();
            while (job.running.get() > 0) {
                Thread.onSpinWait();
            }
            caller = null;
        }
        rethrow(job.failure);
    }

    private static void rethrow(Throwable failure) {
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

    /** The body of {@link #team}: runs once on each thread of the team. */
    @FunctionalInterface
    public interface TeamBody {
        /** @param rank 0 … size−1 (0 is the calling thread) @param barrier where the team meets between dependent steps */
        void run(int rank, int size, SpinBarrier barrier);
    }

    /**
     * Runs {@code body} on every thread of the pool at once, rank 0 on the caller, and waits for
     * all. The ranks split each step's work among themselves and meet at the barrier before a
     * step that reads what the others wrote: one hand-off for a whole sequence of steps (a
     * decoding step of a small model is ~20 dependent matrix-vector products of a few
     * microseconds each; a {@link #forEach} per product costs a hand-off each). If one rank
     * throws, the barrier breaks, the others stop, and the first failure is rethrown here.
     * Nested calls run as a team of one.
     */
    public void team(TeamBody body) {
        if (threads == 1 || isWorkerThread() || caller == Thread.currentThread()) {
            body.run(0, 1, SpinBarrier.single());
            return;
        }
        TeamJob job = new TeamJob(body, threads);
        synchronized (this) {
            caller = Thread.currentThread();
            for (Worker w : workers) {
                w.hand(job);
            }
            job.rank(0);
            while (job.running.get() > 0) {
                Thread.onSpinWait();
            }
            caller = null;
        }
        rethrow(job.failure);
    }

    /** A team: each worker runs rank worker + 1. */
    private static final class TeamJob implements Task {
        final TeamBody body;
        final int size;
        final SpinBarrier.Shared barrier;
        final AtomicInteger running;
        private Throwable failure;

        TeamJob(TeamBody body, int size) {
            this.body = body;
            this.size = size;
            this.barrier = new SpinBarrier.Shared(size);
            this.running = new AtomicInteger(size - 1);
        }

        void rank(int rank) {
            try {
                body.run(rank, size, new SpinBarrier(barrier, rank));
            } catch (Throwable e) {
                synchronized (this) { // the first real failure wins over the others' broken barriers
                    if (failure == null || failure instanceof SpinBarrier.BrokenException) {
                        failure = e;
                    }
                }
                barrier.breakBarrier();
            }
        }

        @Override
        public void run(int worker) {
            rank(worker + 1);
        }

        @Override
        public void finished() {
            running.decrementAndGet();
        }
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
