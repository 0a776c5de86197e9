package dev.starling.app.models;

import dev.starling.app.cli.CliException;
import dev.starling.app.cli.ExitCodes;
import dev.starling.engine.json.JsonWriter;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;

/** {@code starling models}: which models there are, what they need, how fast they run here, and which to pick. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = {"Lists the models available — built in, shipped on the classpath, and model files (*.gguf) in the models",
            "folders — with their parameters, the memory they need, their speed measured on this machine (posts/s for",
            "encoders and classifiers, tokens/s for decoders) and their quality where known, and recommends one per kind",
            "for a memory and latency budget.",
            "",
            "Examples:",
            "  starling models",
            "  starling models --max-memory 300MB --max-latency 20ms",
            "  starling models --kind decoder --dir ~/models --json"})
public final class ModelsCommand implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "DIR", description = "A folder of model files to include (repeatable; default: ~/.starling/models if present).")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: encoder, classifier or decoder.")
    String kind;

    @Option(names = "--max-memory", paramLabel = "SIZE", description = "Memory budget for the recommendation, e.g. 500MB or 2GB.")
    String maxMemory;

    @Option(names = "--max-latency", paramLabel = "MS", description = "Latency budget per post (encoders, classifiers) or per token (decoders), e.g. 20ms.")
    String maxLatency;

    @Option(names = "--no-measure", description = "Do not time the models (faster; no speed column, no latency budget).")
    boolean noMeasure;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        Recommendation budget = budget();
        ModelInfo.Kind only = kind == null ? null : parseKind(kind);
        Kernels kernels = KernelRegistry.create(Runtime.getRuntime().availableProcessors());
        try {
            ModelContext ctx = new ModelContext(kernels, !noMeasure, folders());
            List<ModelInfo> all = new ArrayList<>();
            for (ModelSource s : ServiceLoader.load(ModelSource.class, ModelsCommand.class.getClassLoader())) {
                for (ModelInfo m : s.list(ctx)) {
                    if (only == null || m.kind() == only) {
                        all.add(m);
                    }
                }
            }
            print(all, budget, System.out);
            return ExitCodes.OK;
        } finally {
            kernels.parallel().close();
        }
    }

    private List<Path> folders() {
        List<Path> out = new ArrayList<>(dirs);
        Path home = Path.of(System.getProperty("user.home"), ".starling", "models");
        if (dirs.isEmpty() && Files.isDirectory(home)) {
            out.add(home);
        }
        for (Path d : out) {
            if (!Files.isDirectory(d)) {
                throw new CliException(ExitCodes.IO, "no such folder: " + d);
            }
        }
        return out;
    }

    private Recommendation budget() {
        try {
            long mem = maxMemory == null ? Long.MAX_VALUE : Sizes.parseBytes(maxMemory);
            double lat = maxLatency == null ? Double.POSITIVE_INFINITY : Sizes.parseMillis(maxLatency);
            if (noMeasure && maxLatency != null) {
                throw new IllegalArgumentException("--max-latency needs measured speeds; leave out --no-measure");
            }
            return new Recommendation(mem, lat);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        }
    }

    private static ModelInfo.Kind parseKind(String k) {
        try {
            return ModelInfo.Kind.valueOf(k.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, "--kind must be encoder, classifier or decoder, got '" + k + "'");
        }
    }

    private void print(List<ModelInfo> all, Recommendation budget, PrintStream out) {
        Map<ModelInfo.Kind, ModelInfo> picks = new LinkedHashMap<>();
        for (ModelInfo.Kind k : ModelInfo.Kind.values()) {
            if (k != ModelInfo.Kind.CLASSIFIER) { // one classifier per task: nothing to choose between
                budget.pick(all, k).ifPresent(m -> picks.put(k, m));
            }
        }
        if (json) {
            List<Object> rows = new ArrayList<>();
            for (ModelInfo m : all) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("name", m.name());
                r.put("kind", m.kind().name().toLowerCase(Locale.ROOT));
                r.put("source", m.source());
                r.put("parameters", m.parameters());
                r.put("file_bytes", m.fileBytes());
                r.put("memory_bytes", m.memoryBytes());
                r.put("speed", Double.isNaN(m.speed()) ? null : Math.round(m.speed() * 10) / 10.0);
                r.put("speed_unit", m.kind().unit());
                r.put("quality", m.quality());
                r.put("fits_budget", budget.fits(m));
                r.put("recommended", picks.containsValue(m));
                rows.add(r);
            }
            out.println(JsonWriter.write(Map.of("models", rows)));
            return;
        }
        out.printf(Locale.ROOT, "%-28s %-10s %-10s %9s %9s %14s  %s%n", "MODEL", "KIND", "SOURCE", "PARAMS", "MEMORY", "SPEED", "QUALITY");
        for (ModelInfo m : all) {
            String speed = Double.isNaN(m.speed()) ? "-" : String.format(Locale.ROOT, "%.1f %s", m.speed(), m.kind().unit());
            out.printf(Locale.ROOT, "%-28s %-10s %-10s %9s %9s %14s  %s%s%n", m.name(), m.kind().name().toLowerCase(Locale.ROOT),
                    m.source(), Sizes.count(m.parameters()), Sizes.bytes(m.memoryBytes()), speed, m.quality(),
                    picks.containsValue(m) ? "  ← recommended" : "");
        }
        out.println();
        for (ModelInfo.Kind k : ModelInfo.Kind.values()) {
            if (k != ModelInfo.Kind.CLASSIFIER && all.stream().anyMatch(m -> m.kind() == k)) {
                out.println("recommended " + k.name().toLowerCase(Locale.ROOT) + ": "
                        + (picks.containsKey(k) ? picks.get(k).name() : "none fits the budget (raise --max-memory / --max-latency)"));
            }
        }
    }
}
