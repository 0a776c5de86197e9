package dev.starling.app.llm;

import dev.starling.analysis.llm.ZeroShotClassifier;
import dev.starling.analysis.privacy.PrivacyFilter;
import dev.starling.analysis.privacy.PrivacyPolicy;
import dev.starling.analysis.privacy.PseudonymKey;
import dev.starling.app.cli.CliException;
import dev.starling.app.cli.ExitCodes;
import dev.starling.engine.json.JsonWriter;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code starling zero-shot}: label posts by prompting a language model, the answer constrained to the labels. */
@Command(name = "zero-shot", mixinStandardHelpOptions = true,
        description = {"Zero-shot classification by prompt: each post (redacted first) is put to a language model with the",
            "labels; with a local model every label's log-probability is scored and the best wins (the answer is always",
            "one of the labels); with a server (--llm http://…) its greedy answer is mapped to a label, or \"none\".",
            "Writes one JSON object per post: {\"text\": REDACTED, \"label\": NAME[, \"scores\": {…}]}.",
            "",
            "Examples:",
            "  starling zero-shot --labels positive,negative,neutral \"I love this new phone!\"",
            "  starling zero-shot --labels complaint,praise,question --llm http://127.0.0.1:8080 --input posts.txt"})
public final class ZeroShotCommand implements Callable<Integer> {
    @Option(names = "--labels", required = true, split = ",", paramLabel = "A,B,…", description = "The allowed answers.")
    List<String> labels;

    @Option(names = "--instruction", paramLabel = "TEXT", defaultValue = "Which label fits this social media post best?",
            description = "The question put before the post (default: ${DEFAULT-VALUE}).")
    String instruction;

    @Option(names = "--llm", paramLabel = "URL|PATH|NAME", defaultValue = "tweet-gpt",
            description = "An OpenAI-compatible server URL, or a local model (default: the shipped ${DEFAULT-VALUE}).")
    String llm;

    @Option(names = "--input", paramLabel = "FILE", description = "One post per line (instead of the TEXT arguments).")
    Path input;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "Posts to label.")
    List<String> texts = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        List<String> posts = posts();
        ZeroShotClassifier zs;
        try {
            zs = new ZeroShotClassifier(labels, instruction);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        }
        PrivacyFilter privacy = PrivacyFilter.standard(PrivacyPolicy.defaults(), PseudonymKey.resolve(null));
        Kernels kernels = KernelRegistry.create(Runtime.getRuntime().availableProcessors());
        try (Llm model = Llm.open(llm, kernels, privacy)) {
            for (String post : posts) {
                String safe = privacy.apply(post).text();
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("text", safe);
                if (model.local().isPresent()) {
                    Map<String, Double> scores = zs.scores(model.local().get(), safe);
                    out.put("label", scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
                    Map<String, Object> rounded = new LinkedHashMap<>();
                    scores.forEach((k, v) -> rounded.put(k, Math.round(v * 1e4) / 1e4));
                    out.put("scores", rounded);
                } else {
                    out.put("label", zs.classify(model.generator(), safe));
                }
                System.out.println(JsonWriter.write(out));
            }
        } finally {
            kernels.parallel().close();
        }
        return ExitCodes.OK;
    }

    private List<String> posts() throws IOException {
        if (input != null && !texts.isEmpty()) {
            throw new CliException(ExitCodes.USAGE, "give TEXT arguments or --input FILE, not both");
        }
        if (input != null) {
            if (!Files.isRegularFile(input)) {
                throw new CliException(ExitCodes.IO, "no such file: " + input);
            }
            return Files.readAllLines(input, StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank()).toList();
        }
        if (texts.isEmpty()) {
            throw new CliException(ExitCodes.USAGE, "nothing to label: give TEXT arguments or --input FILE");
        }
        return texts;
    }
}
