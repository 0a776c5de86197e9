package dev.starling.app.models;

/** Items per second of a piece of work: one warm-up run, then the median of three timed runs. */
final class Timing {
    private Timing() {
    }

    /** {@code items} per run ÷ median seconds of {@code work}. */
    static double itemsPerSecond(int items, Runnable work) {
        work.run(); // warm-up: JIT, caches
        double[] s = new double[3];
        for (int i = 0; i < s.length; i++) {
            long t = System.nanoTime();
            work.run();
            s[i] = (System.nanoTime() - t) / 1e9;
        }
        java.util.Arrays.sort(s);
        return items / s[1];
    }
}
