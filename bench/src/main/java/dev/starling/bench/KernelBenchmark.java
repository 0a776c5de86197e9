package dev.starling.bench;

import dev.starling.engine.ops.Activation;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.ops.PackedMatrix;
import dev.starling.engine.ops.Parallel;
import dev.starling.engine.ops.VectorKernels;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The linear kernel at MiniLM's shapes (M = 800 tokens ≈ a batch of 32 tweets), and the anchor:
 * the FMA peak the Vector API reaches on this machine (independent register FMAs, no memory).
 * GFLOP/s = 2·M·K·N / time; {@link BenchReport} prints it beside the peak.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
public class KernelBenchmark {
    /** "K x N" of MiniLM's projections: fused QKV, attention output, FFN up, FFN down. */
    @Param({"384x1152", "384x384", "384x1536", "1536x384"})
    public String shape;

    @Param({"800"})
    public int m;

    @Param({"1", "2"})
    public int threads;

    private Kernels kernels;
    private PackedMatrix w;
    private float[] x;
    private float[] y;
    private float[] bias;

    @Setup(Level.Trial)
    public void setup() {
        String[] kn = shape.split("x");
        int k = Integer.parseInt(kn[0]);
        int n = Integer.parseInt(kn[1]);
        Random r = new Random(1);
        kernels = new VectorKernels(Parallel.of(threads));
        float[] b = new float[k * n];
        for (int i = 0; i < b.length; i++) {
            b[i] = r.nextFloat() - 0.5f;
        }
        w = kernels.pack(b, k, n);
        x = new float[m * k];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextFloat() - 0.5f;
        }
        y = new float[m * n];
        bias = new float[n];
    }

    @Benchmark
    public float[] linear() {
        kernels.linear(x, m, w, bias, Activation.NONE, y);
        return y;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        kernels.parallel().close();
    }

    /** The peak anchor: 12 independent FMA chains per thread, {@link #PEAK_STEPS} steps each. */
    @State(Scope.Benchmark)
    public static class Peak {
        @Param({"1", "2"})
        public int threads;
        Parallel parallel;

        @Setup(Level.Trial)
        public void setup() {
            parallel = Parallel.of(threads);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            parallel.close();
        }
    }

    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    public static final int PEAK_STEPS = 1_000_000;

    /** FLOPs of one {@link #peak} operation: threads × steps × 12 chains × lanes × 2. */
    public static double peakFlops(int threads) {
        return (double) threads * PEAK_STEPS * 12 * S.length() * 2;
    }

    @Benchmark
    public float peak(Peak p) {
        float[] sink = new float[p.threads];
        p.parallel.forEach(p.threads, t -> sink[t] = fmaChains(1.0f + t * 1e-9f));
        return sink[0];
    }

    private static float fmaChains(float seed) {
        FloatVector a = FloatVector.broadcast(S, 0.999999f);
        FloatVector b = FloatVector.broadcast(S, 1e-7f);
        FloatVector c0 = FloatVector.broadcast(S, seed), c1 = c0.add(1), c2 = c0.add(2), c3 = c0.add(3);
        FloatVector c4 = c0.add(4), c5 = c0.add(5), c6 = c0.add(6), c7 = c0.add(7);
        FloatVector c8 = c0.add(8), c9 = c0.add(9), c10 = c0.add(10), c11 = c0.add(11);
        for (int i = 0; i < PEAK_STEPS; i++) {
            c0 = c0.fma(a, b);
            c1 = c1.fma(a, b);
            c2 = c2.fma(a, b);
            c3 = c3.fma(a, b);
            c4 = c4.fma(a, b);
            c5 = c5.fma(a, b);
            c6 = c6.fma(a, b);
            c7 = c7.fma(a, b);
            c8 = c8.fma(a, b);
            c9 = c9.fma(a, b);
            c10 = c10.fma(a, b);
            c11 = c11.fma(a, b);
        }
        return c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).add(c8).add(c9).add(c10).add(c11)
                .reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
    }
}
