package dev.starling.bench;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the JMH benchmarks and prints Markdown tables for BENCHMARKS.md: medians over the
 * measurement iterations (≥ 5), and ratios against the anchor measured in the same run
 * (ONNX Runtime for the encoder, the Vector API FMA peak for kernels).
 * Usage: BenchReport [encoder] [kernels] [-i ITERATIONS]
 */
public final class BenchReport {
    private BenchReport() {
    }

    public static void main(String[] args) throws Exception {
        List<String> what = new ArrayList<>(Arrays.asList(args));
        int iterations = 5;
        int at = what.indexOf("-i");
        if (at >= 0) {
            iterations = Integer.parseInt(what.get(at + 1));
            what.remove(at + 1);
            what.remove(at);
        }
        if (what.isEmpty()) {
            what = List.of("kernels", "encoder");
        }
        if (what.contains("kernels")) {
            kernels(run(KernelBenchmark.class.getName(), iterations));
        }
        if (what.contains("encoder")) {
            encoder(run(EncoderBenchmark.class.getName(), iterations));
        }
    }

    private static Collection<RunResult> run(String include, int iterations) throws Exception {
        Options opt = new OptionsBuilder().include(include + "\\.")
                .measurementIterations(iterations)
                .shouldFailOnError(true)
                .build();
        return new Runner(opt).run();
    }

    /** Median of the iteration scores of one benchmark. */
    static double median(RunResult r) {
        List<Double> scores = new ArrayList<>();
        for (BenchmarkResult b : r.getBenchmarkResults()) {
            for (IterationResult it : b.getIterationResults()) {
                scores.add(it.getPrimaryResult().getScore());
            }
        }
        double[] s = scores.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static void kernels(Collection<RunResult> results) {
        Map<String, Double> peak = new TreeMap<>();
        Map<String, Double> gflops = new TreeMap<>();
        for (RunResult r : results) {
            BenchmarkParams p = r.getParams();
            double micros = median(r);
            int threads = Integer.parseInt(p.getParam("threads"));
            if (p.getBenchmark().endsWith(".peak")) {
                peak.put(Integer.toString(threads), KernelBenchmark.peakFlops(threads) / (micros * 1e3));
            } else {
                String[] kn = p.getParam("shape").split("x");
                int m = Integer.parseInt(p.getParam("m"));
                double flops = 2.0 * m * Integer.parseInt(kn[0]) * Integer.parseInt(kn[1]);
                gflops.put(p.getParam("shape") + "|" + threads, flops / (micros * 1e3));
            }
        }
        System.out.println("\n| linear [M=800] K x N | threads | GFLOP/s (median) | FMA peak GFLOP/s (same run) | % of peak |");
        System.out.println("|---|---|---|---|---|");
        for (var e : gflops.entrySet()) {
            String[] key = e.getKey().split("\\|");
            double pk = peak.getOrDefault(key[1], Double.NaN);
            System.out.printf(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.0f%% |%n", key[0], key[1], e.getValue(), pk, 100 * e.getValue() / pk);
        }
    }

    private static void encoder(Collection<RunResult> results) {
        Map<String, double[]> rows = new TreeMap<>();
        for (RunResult r : results) {
            BenchmarkParams p = r.getParams();
            String key = p.getParam("text") + "|" + p.getParam("batch") + "|" + p.getParam("threads");
            double[] row = rows.computeIfAbsent(key, k -> new double[2]);
            row[p.getBenchmark().endsWith(".starling") ? 0 : 1] = median(r);
        }
        System.out.println("\n| input | batch | threads | Starling ms/batch | ORT ms/batch | Starling posts/s | ORT posts/s | speed-up (ORT time / Starling time) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (var e : rows.entrySet()) {
            String[] k = e.getKey().split("\\|");
            int batch = Integer.parseInt(k[1]);
            double s = e.getValue()[0];
            double o = e.getValue()[1];
            System.out.printf(Locale.ROOT, "| %s | %d | %s | %.2f | %.2f | %.0f | %.0f | %.2f× |%n",
                    k[0], batch, k[2], s, o, batch * 1000 / s, batch * 1000 / o, o / s);
        }
    }
}
