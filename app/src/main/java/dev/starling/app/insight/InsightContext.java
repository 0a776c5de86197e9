package dev.starling.app.insight;

import dev.starling.engine.ops.Kernels;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What an {@link Insight} may use when it finishes.
 *
 * @param out    the run's output directory (beside report.html); write files here only
 * @param kernels the run's compute kernels (thread pool included) for models an insight runs
 * @param stdout where to print a one-line summary
 * @param stderr where to print warnings and progress
 * @param seed   the run's random seed: the same seed must give the same result
 */
public record InsightContext(Path out, Kernels kernels, PrintStream stdout, PrintStream stderr, long seed) {
}
