package dev.starling.app.explain;

import dev.starling.analysis.explain.AttentionMaps;
import dev.starling.analysis.explain.ExplainSettings;
import dev.starling.analysis.explain.Explainer;
import dev.starling.analysis.explain.ExplainerProvider;
import dev.starling.analysis.explain.Explanation;
import dev.starling.app.cli.CliException;
import dev.starling.app.cli.ExitCodes;
import dev.starling.engine.json.JsonWriter;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code starling explain}: why a classifier labels a text as it does. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain one classifier's decision on one text: how much each token raised (green) or lowered (red) "
                + "the score of the label. Transformer classifiers use integrated gradients of the label's probability over "
                + "the input embeddings (from an all-[PAD] baseline); the spam model's linear logit is split exactly "
                + "(weight x feature). The attributions sum to score(text) - score(baseline); the gap is printed.", ""},
        footer = ExitCodes.HELP_FOOTER)
public final class ExplainCommand implements Callable<Integer> {
    @Option(names = "--task", required = true, paramLabel = "NAME",
            description = "The classifier: a TweetEval task model (emoji, emotion, hate, irony, offensive, sentiment, stance), "
                    + "a shared head as analyze runs it (shared-emotion, shared-offensive, shared-hate, shared-irony), "
                    + "spam, or sentiment-zh (Chinese).")
    String task;

    @Parameters(arity = "1", paramLabel = "TEXT", description = "The text to explain.")
    String text;

    @Option(names = "--label", paramLabel = "NAME", description = "The label to explain (default: the predicted one).")
    String label;

    @Option(names = "--steps", paramLabel = "M", defaultValue = "" + ExplainSettings.DEFAULT_STEPS,
            description = "Integrated-gradient steps (default: ${DEFAULT-VALUE}; gap within 1%% of the score difference + 1e-3).")
    int steps;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5", description = "Tokens listed by |attribution| (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--attention", paramLabel = "DIR",
            description = "Also write the encoder's attention maps: DIR/attention.json and DIR/layer<L>-head<H>.csv.")
    Path attention;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--no-color", description = "Plain text with numbers, even on a terminal (also when NO_COLOR is set).")
    boolean noColor;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Compute threads (default: all CPUs).")
    Integer threads;

    @Override
    public Integer call() {
        if (!ExplainerProvider.allTasks().contains(task)) {
            throw new CliException(ExitCodes.USAGE, "unknown --task '" + task + "'; one of: " + String.join(", ", ExplainerProvider.allTasks()));
        }
        if (steps < 1 || top < 0) {
            throw new CliException(ExitCodes.USAGE, "--steps must be at least 1 and --top not negative");
        }
        Kernels kernels = KernelRegistry.create(threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        try {
            Explainer explainer = ExplainerProvider.find(task, new ExplainSettings(kernels, steps)).orElseThrow();
            if (label != null && !explainer.labels().contains(label)) {
                throw new CliException(ExitCodes.USAGE, "--label '" + label + "' is not a label of " + task + "; one of: "
                        + String.join(", ", explainer.labels()));
            }
            Explanation e = explainer.explain(text, label);
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            List<Path> files = attention == null ? List.of() : exportAttention(explainer);
            if (json) {
                Map<String, Object> m = ExplanationJson.of(e);
                if (attention != null) {
                    m.put("attention_files", files.stream().map(Path::toString).toList());
                }
                out.println(JsonWriter.write(m));
            } else {
                out.print(TerminalText.render(e, colorWanted(), top));
                if (attention != null) {
                    out.println("attention maps: " + files.size() + " files in " + attention);
                }
            }
            return ExitCodes.OK;
        } finally {
            kernels.parallel().close();
        }
    }

    private List<Path> exportAttention(Explainer explainer) {
        AttentionMaps maps = explainer.attention(text);
        if (maps == null) {
            throw new CliException(ExitCodes.USAGE, "--attention: " + task + " has no attention (it is not a Transformer)");
        }
        try {
            return maps.write(attention);
        } catch (IOException | UncheckedIOException e) {
            throw new CliException(ExitCodes.IO, "cannot write attention maps to " + attention + ": " + e.getMessage(), e);
        }
    }

    /** Colour only on a terminal: the launcher says whether stdout is one (STARLING_STDOUT_TTY=1). */
    private boolean colorWanted() {
        return !noColor && System.getenv("NO_COLOR") == null && "1".equals(System.getenv("STARLING_STDOUT_TTY"));
    }
}
