package dev.starling.app.llm;

import dev.starling.analysis.llm.OpenAiCompatibleGenerator;
import dev.starling.analysis.llm.RedactingGenerator;
import dev.starling.analysis.privacy.PrivacyFilter;
import dev.starling.app.cli.CliException;
import dev.starling.app.cli.ExitCodes;
import dev.starling.app.generate.GenerateCommand;
import dev.starling.engine.generate.LanguageModel;
import dev.starling.engine.generate.LanguageModels;
import dev.starling.engine.generate.TextGeneration;
import dev.starling.engine.generate.TextGenerator;
import dev.starling.engine.ops.Kernels;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * A generator for analysis, from a {@code --llm} value: an {@code http(s)://} URL of an
 * OpenAI-compatible server (llama.cpp, Ollama, vLLM; model name from {@code STARLING_LLM_MODEL},
 * key from {@code STARLING_LLM_API_KEY}), or a local model file/name as {@code generate --model}
 * takes it. Every prompt passes the privacy layer first.
 *
 * @param generator the privacy-wrapped generator
 * @param local     the local model, when there is one (zero-shot then scores labels exactly)
 */
public record Llm(TextGenerator generator, Optional<LanguageModel> local) implements AutoCloseable {
    public static Llm open(String spec, Kernels kernels, PrivacyFilter privacy) {
        if (spec.startsWith("http://") || spec.startsWith("https://")) {
            String model = System.getenv().getOrDefault("STARLING_LLM_MODEL", "default");
            TextGenerator remote = new OpenAiCompatibleGenerator(spec, model, System.getenv("STARLING_LLM_API_KEY"), 8192, Duration.ofMinutes(2));
            return new Llm(new RedactingGenerator(remote, privacy), Optional.empty());
        }
        try {
            LanguageModel lm = LanguageModels.load(GenerateCommand.resolve(spec), kernels, false);
            return new Llm(new RedactingGenerator(TextGeneration.pipeline(lm), privacy), Optional.of(lm));
        } catch (IOException | IllegalArgumentException e) {
            throw new CliException(ExitCodes.MODEL, "cannot load the model '" + spec + "': " + e.getMessage());
        }
    }

    @Override
    public void close() {
        local.ifPresent(LanguageModel::close);
    }
}
