package dev.starling.app.engagement;

import dev.starling.app.Main;
import dev.starling.app.insight.Insights;
import dev.starling.engine.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code starling engagement} on the bundled sample, in-process. */
class EngagementCommandTest {
    @TempDir
    static Path dir;
    static int exit;
    static String stdout;
    static List<String> predictions;

    @BeforeAll
    static void runOnTheSample() throws IOException {
        Path key = dir.resolve("key.hex");
        Files.writeString(key, "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90\n");
        Path out = dir.resolve("pred.jsonl");
        List<String> args = new ArrayList<>(List.of("engagement", "--privacy-key", key.toString(), "-o", out.toString(), "--top", "3"));
        try (Stream<Path> files = Files.list(repoRoot().resolve("examples/sample"))) {
            files.filter(p -> !p.toString().endsWith(".md") && !p.getFileName().toString().equals("MANIFEST.json"))
                    .sorted().forEach(p -> args.add(p.toString()));
        }
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            exit = Main.run(args.toArray(String[]::new));
        } finally {
            System.setOut(saved);
        }
        stdout = buffer.toString(StandardCharsets.UTF_8);
        predictions = Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    @Test
    void printsPatternsBestTimesAndTheCorpusEvaluation() {
        assertEquals(0, exit, stdout);
        assertTrue(stdout.contains("activity (UTC): 740 posts by 223 authors"), stdout);
        assertTrue(stdout.contains("best time to post, overall: "), stdout);
        assertTrue(stdout.contains("| likes | model |"), stdout);
        assertTrue(stdout.contains("| likes | author running mean |"), stdout);
        assertTrue(stdout.contains("| likes | text length |"), stdout);
    }

    @Test
    @SuppressWarnings("unchecked")
    void writesOnePredictionPerPostWithPseudonymsOnly() {
        assertEquals(740, predictions.size());
        long heldOut = 0;
        for (String line : predictions) {
            Map<String, Object> m = Json.parseObject(line);
            assertTrue(((String) m.get("author")).startsWith("user_"), line);
            Map<String, Object> predicted = (Map<String, Object>) m.get("predicted");
            assertNotNull(predicted.get("likes"), line);
            assertTrue(((Number) predicted.get("likes")).doubleValue() >= 0, line);
            heldOut += m.get("predicted_held_out") == null ? 0 : 1;
        }
        assertTrue(heldOut > 0, "some posts are in the held-out period");
        // raw author ids from the sample's X API file never appear
        assertFalse(String.join("\n", predictions).contains("80214838"));
        assertFalse(stdout.contains("80214838"));
    }

    @Test
    void unknownZoneIsAUsageError() {
        assertEquals(2, Main.run("engagement", "--zone", "Mars/Olympus"));
    }

    @Test
    void theInsightIsRegistered() {
        assertTrue(Insights.load(Set.of()).stream().anyMatch(i -> i.name().equals("engagement")));
    }

    static Path repoRoot() {
        Path cwd = Path.of("").toAbsolutePath();
        return Files.isDirectory(cwd.resolve("examples")) ? cwd : cwd.getParent();
    }
}
