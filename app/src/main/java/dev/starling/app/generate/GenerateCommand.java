package dev.starling.app.generate;

import dev.starling.app.cli.CliException;
import dev.starling.app.cli.ExitCodes;
import dev.starling.engine.generate.Generation;
import dev.starling.engine.generate.LanguageModel;
import dev.starling.engine.generate.LanguageModels;
import dev.starling.engine.generate.SamplingConfig;
import dev.starling.engine.generate.TextGeneration;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code starling generate [--model PATH|NAME] [sampling flags] "prompt"}. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Continue a prompt with a causal language model, printing the text as it is generated. "
                + "Sampling: repetition penalty, then temperature (0 = greedy), top-k, top-p, drawn with --seed "
                + "(same seed, same text). Stops at the model's end-of-text token, a --stop sequence or --max-tokens. "
                + "A summary (tokens, tokens/s, why it stopped) goes to stderr.", ""},
        footer = ExitCodes.HELP_FOOTER)
public final class GenerateCommand implements Callable<Integer> {
    /** The model used without --model: {@code models/tweet-gpt} in the Starling directory. */
    public static final String DEFAULT_MODEL = "tweet-gpt";

    @Parameters(index = "0", paramLabel = "PROMPT", description = "The text to continue.")
    String prompt;

    @Option(names = "--model", paramLabel = "PATH|NAME",
            description = "A model directory or file, or the NAME of one under models/ (default: " + DEFAULT_MODEL + ").")
    String model;

    @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "128", description = "Most tokens to generate (default: ${DEFAULT-VALUE}).")
    int maxTokens;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "0.8", description = "Softmax temperature; 0 = greedy (default: ${DEFAULT-VALUE}).")
    double temperature;

    @Option(names = "--top-k", paramLabel = "K", defaultValue = "40", description = "Keep the K most likely tokens; 0 = all (default: ${DEFAULT-VALUE}).")
    int topK;

    @Option(names = "--top-p", paramLabel = "P", defaultValue = "0.95", description = "Keep the most likely tokens up to probability mass P (default: ${DEFAULT-VALUE}).")
    double topP;

    @Option(names = "--repetition-penalty", paramLabel = "R", defaultValue = "1.1",
            description = "Divide the logits of the last 64 ids' tokens by R (multiply if negative); 1 = off (default: ${DEFAULT-VALUE}).")
    double repetitionPenalty;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed of the sampler (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--stop", paramLabel = "STR", description = "Stop before this text (repeatable).")
    List<String> stop = List.of();

    @Option(names = "--q8", description = "Quantise float weights to Q8_0 when loading (about 4x less memory traffic per token).")
    boolean q8;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Compute threads (default: all CPUs).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        SamplingConfig config = sampling();
        Path path = resolve(model);
        Kernels kernels = KernelRegistry.create(threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (LanguageModel lm = load(path, kernels)) {
            Generation g;
            try {
                g = TextGeneration.pipeline(lm).generate(prompt, config, piece -> {
                    out.print(piece);
                    out.flush();
                });
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCodes.USAGE, e.getMessage());
            }
            out.println();
            System.err.printf(Locale.ROOT, "generate: %s, %d prompt tokens, %d generated in %.2f s (%.1f tokens/s), finish: %s%n",
                    lm.name(), g.promptTokens(), g.tokenIds().length, g.nanos() / 1e9, g.tokensPerSecond(),
                    g.finish().name().toLowerCase(Locale.ROOT));
            return ExitCodes.OK;
        } finally {
            kernels.parallel().close();
        }
    }

    private SamplingConfig sampling() {
        try {
            return SamplingConfig.builder().maxTokens(maxTokens).temperature(temperature).topK(topK).topP(topP)
                    .repetitionPenalty(repetitionPenalty).seed(seed).stop(stop).build();
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        }
    }

    private LanguageModel load(Path path, Kernels kernels) {
        try {
            return LanguageModels.load(path, kernels, q8);
        } catch (IOException | IllegalArgumentException e) {
            throw new CliException(ExitCodes.MODEL, "cannot load the model: " + e.getMessage());
        }
    }

    /** A path if one exists there, else NAME under the Starling directory's models/. */
    public static Path resolve(String model) {
        String name = model == null ? DEFAULT_MODEL : model;
        Path direct = Path.of(name);
        if (model != null && Files.exists(direct)) {
            return direct;
        }
        Path home = Path.of(System.getProperty("starling.home", "."));
        Path named = home.resolve("models").resolve(name);
        if (Files.exists(named)) {
            return named;
        }
        Path gguf = home.resolve("models").resolve(name + ".gguf");
        if (Files.isRegularFile(gguf)) {
            return gguf;
        }
        if (model == null) {
            throw new CliException(ExitCodes.MODEL, "no default model at " + named + " yet: pass --model PATH, or train one with "
                    + "`./starling pretrain --objective clm --output " + named + "`");
        }
        boolean isPath = direct.isAbsolute() || name.contains("/") || name.contains(java.io.File.separator);
        throw new CliException(ExitCodes.MODEL, isPath ? "no model at " + direct : "no model at " + direct + " nor " + named);
    }
}
