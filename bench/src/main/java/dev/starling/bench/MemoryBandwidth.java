package dev.starling.bench;

import dev.starling.engine.ops.Parallel;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Read bandwidth of main memory as a decoder sees it: threads each stream their part of a float
 * array far larger than the caches (a vector sum, nothing written), like a matrix-vector product
 * reading its weights once. Reported in GB/s (10⁹ bytes).
 */
final class MemoryBandwidth {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private final float[] data;
    private volatile float sink;

    MemoryBandwidth(int megabytes) {
        data = new float[megabytes * (1 << 20) / 4];
        for (int i = 0; i < data.length; i += 1024) {
            data[i] = i;
        }
    }

    /** One pass over the array on {@code parallel}'s threads; returns GB/s. */
    double measure(Parallel parallel) {
        int parts = parallel.threads() * 8;
        int chunk = data.length / parts / F.length() * F.length();
        float[] sums = new float[parts];
        long t0 = System.nanoTime();
        parallel.forEach(parts, p -> {
            FloatVector a = FloatVector.zero(F);
            FloatVector b = a;
            int end = (p + 1) * chunk;
            for (int i = p * chunk; i < end; i += 2 * F.length()) {
                a = a.add(FloatVector.fromArray(F, data, i));
                b = b.add(FloatVector.fromArray(F, data, i + F.length()));
            }
            sums[p] = a.add(b).reduceLanes(VectorOperators.ADD);
        });
        long nanos = System.nanoTime() - t0;
        float s = 0;
        for (float v : sums) {
            s += v;
        }
        sink = s;
        return 4.0 * chunk * parts / nanos;
    }
}
