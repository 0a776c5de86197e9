package dev.starling.app;

import dev.starling.analysis.models.BaseEncoder;
import dev.starling.engine.format.safetensors.SafetensorsWriter;
import dev.starling.engine.model.gpt.GptConfig;
import dev.starling.engine.model.gpt.TrainableGpt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code starling generate} on a tiny random starling-gpt model (MiniLM's WordPiece vocabulary). */
class GenerateCommandTest {
    @TempDir
    Path dir;

    record Out(int exit, String stdout, String stderr) {
    }

    static synchronized Out run(String... args) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            CliTestSupport.Run r = CliTestSupport.run(args);
            return new Out(r.exit(), out.toString(StandardCharsets.UTF_8), r.stderr());
        } finally {
            System.setOut(oldOut);
        }
    }

    private Path tinyModel() throws IOException {
        Path m = dir.resolve("tiny");
        Files.createDirectories(m);
        GptConfig c = new GptConfig(30522, 32, 1, 2, 64, 64, 1e-5f);
        SafetensorsWriter.write(m.resolve("model.safetensors"), TrainableGpt.random(c, 0f, 1).weights(), Map.of());
        Files.writeString(m.resolve("config.json"), "{\"model_type\": \"starling-gpt\", \"vocab_size\": 30522, \"n_embd\": 32, "
                + "\"n_layer\": 1, \"n_head\": 2, \"n_inner\": 64, \"n_positions\": 64, \"layer_norm_epsilon\": 1e-5}");
        try (InputStream in = BaseEncoder.class.getResourceAsStream(BaseEncoder.TOKENIZER_RESOURCE)) {
            Files.copy(in, m.resolve("tokenizer.json"));
        }
        return m;
    }

    @Test
    void printsAContinuationAndASummary() throws IOException {
        Path m = tinyModel();
        Out a = run("generate", "--model", m.toString(), "--max-tokens", "12", "--seed", "7", "I love this new phone!");
        assertEquals(0, a.exit(), a.stderr());
        assertTrue(a.stdout().strip().length() > 0, "some text: " + a.stdout());
        assertTrue(a.stderr().contains("generated") && a.stderr().contains("tokens/s"), a.stderr());
        Out b = run("generate", "--model", m.toString(), "--max-tokens", "12", "--seed", "7", "I love this new phone!");
        assertEquals(a.stdout(), b.stdout(), "same seed, same text");
        Out greedy = run("generate", "--model", m.toString(), "--max-tokens", "5", "--temperature", "0", "--q8", "hello");
        assertEquals(0, greedy.exit(), greedy.stderr());
    }

    @Test
    void clearErrorsForMissingModelsAndBadFlags() throws IOException {
        Out missing = run("generate", "--model", dir.resolve("nope").toString(), "hi");
        assertEquals(4, missing.exit());
        assertTrue(missing.stderr().contains("no model at"), missing.stderr());
        Path notAModel = Files.createDirectories(dir.resolve("empty"));
        Out bad = run("generate", "--model", notAModel.toString(), "hi");
        assertEquals(4, bad.exit());
        assertTrue(bad.stderr().contains("not a model"), bad.stderr());
        Out flag = run("generate", "--model", tinyModel().toString(), "--top-p", "0", "hi");
        assertEquals(2, flag.exit());
        assertTrue(flag.stderr().contains("topP"), flag.stderr());
    }

    /** A fresh clone: no --model, the shipped models/tweet-gpt.gguf (found under starling.home) continues the prompt. */
    @Test
    void theShippedTweetModelIsTheDefault() {
        String old = System.getProperty("starling.home");
        System.setProperty("starling.home", Path.of("..").toAbsolutePath().normalize().toString()); // tests run in app/
        try {
            Out a = run("generate", "--max-tokens", "16", "--seed", "3", "I love this new phone!");
            assertEquals(0, a.exit(), a.stderr());
            assertTrue(a.stdout().strip().length() > 0, "a continuation: " + a.stdout());
            assertTrue(a.stderr().contains("tweet-gpt.gguf"), a.stderr());
        } finally {
            if (old == null) {
                System.clearProperty("starling.home");
            } else {
                System.setProperty("starling.home", old);
            }
        }
    }
}
