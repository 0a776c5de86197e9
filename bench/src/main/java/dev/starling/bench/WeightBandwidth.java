package dev.starling.bench;

import dev.starling.engine.ops.Parallel;
import dev.starling.engine.ops.quant.QuantKernels;
import dev.starling.engine.tensor.F32Storage;
import dev.starling.engine.tensor.Q4_0Storage;
import dev.starling.engine.tensor.Q8_0Storage;
import dev.starling.engine.tensor.Storage;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

import java.util.Arrays;
import java.util.Locale;

/**
 * How fast weights stream from memory, the bound on decoding one token at a time: (1) sustained
 * read bandwidth, a Vector API sum over a float array far larger than the caches, on 1 and 2
 * threads; (2) the GB/s of weights the matvec kernels stream for F32, Q8_0 and Q4_0 matrices of
 * the same element count (a [rows, cols] weight times one activation vector), after a 1.5 s
 * warm-up per kernel. Prints every round and the median; elements/s = GB/s ÷ bytes per element
 * (4, 34/32, 18/32). Usage: WeightBandwidth [ARRAY_MB=512] [ROWS=8192] [COLS=8192] [ROUNDS=7]
 */
public final class WeightBandwidth {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private WeightBandwidth() {
    }

    public static void main(String[] args) {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 512;
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 8192;
        int cols = args.length > 2 ? Integer.parseInt(args[2]) : 8192;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        System.out.printf(Locale.ROOT, "species %s, array %d MB, matrix [%d, %d], %d rounds%n", S, mb, rows, cols, rounds);
        float[] big = new float[mb * (1 << 20) / 4];
        Arrays.fill(big, 1f);
        for (int threads : new int[] {1, 2}) {
            try (Parallel pool = Parallel.of(threads)) {
                double[] gbs = new double[rounds];
                for (int r = -2; r < rounds; r++) {
                    long t0 = System.nanoTime();
                    double s = parallelSum(pool, big);
                    double g = 4.0 * big.length / (System.nanoTime() - t0);
                    if (s != big.length) {
                        throw new IllegalStateException("sum " + s);
                    }
                    if (r >= 0) {
                        gbs[r] = g;
                    }
                }
                report("read bandwidth (sum)", threads, gbs);
            }
        }
        big = null;
        kernels(rows, cols, rounds);
    }

    private static void kernels(int rows, int cols, int rounds) {
        float[] w = pseudoRandom(rows * cols);
        float[] x = pseudoRandom(cols);
        Storage[] weights = {new F32Storage(w), Q8_0Storage.quantize(w), Q4_0Storage.quantize(w)};
        long[] bytes = {4L * w.length, 34L * w.length / 32, 18L * w.length / 32};
        float[] y = new float[rows];
        for (int threads : new int[] {1, 2}) {
            try (Parallel pool = Parallel.of(threads)) {
                QuantKernels k = QuantKernels.vector(pool);
                for (int i = 0; i < weights.length; i++) {
                    warmUp(k, weights[i], rows, cols, x, y);
                    double[] gbs = new double[rounds];
                    for (int r = 0; r < rounds; r++) {
                        long t0 = System.nanoTime();
                        k.matvec(weights[i], rows, cols, x, 0, y, 0);
                        gbs[r] = (double) bytes[i] / (System.nanoTime() - t0);
                    }
                    report("matvec " + weights[i].dtype() + " weights streamed", threads, gbs);
                }
            }
        }
        QuantKernels scalar = QuantKernels.scalar();
        warmUp(scalar, weights[1], rows, cols, x, y);
        double[] gbs = new double[Math.min(rounds, 5)];
        for (int r = 0; r < gbs.length; r++) {
            long t0 = System.nanoTime();
            scalar.matvec(weights[1], rows, cols, x, 0, y, 0);
            gbs[r] = (double) bytes[1] / (System.nanoTime() - t0);
        }
        report("scalar reference matvec Q8_0", 1, gbs);
    }

    /** At least 3 calls and 1.5 s, so C2 has compiled the kernel before anything is timed. */
    private static void warmUp(QuantKernels k, Storage w, int rows, int cols, float[] x, float[] y) {
        long end = System.nanoTime() + 1_500_000_000L;
        for (int n = 0; n < 3 || System.nanoTime() < end; n++) {
            k.matvec(w, rows, cols, x, 0, y, 0);
        }
    }

    private static double parallelSum(Parallel pool, float[] a) {
        int parts = pool.threads();
        double[] partial = new double[parts];
        int chunk = a.length / parts;
        pool.forEach(parts, p -> partial[p] = sum(a, p * chunk, p == parts - 1 ? a.length : (p + 1) * chunk));
        return Arrays.stream(partial).sum();
    }

    /** Four independent accumulators, so the loop waits on memory rather than on add latency. */
    static float sum(float[] a, int from, int to) {
        int step = 4 * S.length();
        FloatVector s0 = FloatVector.zero(S);
        FloatVector s1 = s0;
        FloatVector s2 = s0;
        FloatVector s3 = s0;
        int i = from;
        for (; i + step <= to; i += step) {
            s0 = s0.add(FloatVector.fromArray(S, a, i));
            s1 = s1.add(FloatVector.fromArray(S, a, i + S.length()));
            s2 = s2.add(FloatVector.fromArray(S, a, i + 2 * S.length()));
            s3 = s3.add(FloatVector.fromArray(S, a, i + 3 * S.length()));
        }
        float s = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
        for (; i < to; i++) {
            s += a[i];
        }
        return s;
    }

    private static float[] pseudoRandom(int n) {
        float[] out = new float[n];
        long z = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < n; i++) {
            z = z * 6364136223846793005L + 1442695040888963407L;
            out[i] = ((z >>> 40) / (float) (1 << 24)) * 2 - 1;
        }
        return out;
    }

    private static void report(String what, int threads, double[] gbs) {
        double[] sorted = gbs.clone();
        Arrays.sort(sorted);
        StringBuilder rounds = new StringBuilder();
        for (double g : gbs) {
            rounds.append(String.format(Locale.ROOT, " %.2f", g));
        }
        System.out.printf(Locale.ROOT, "%-40s threads=%d median %.2f GB/s  (rounds:%s)%n",
                what, threads, sorted[sorted.length / 2], rounds);
    }
}
