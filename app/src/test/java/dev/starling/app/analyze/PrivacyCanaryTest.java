package dev.starling.app.analyze;

import dev.starling.store.PostStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plants personal data in every field of input posts, runs {@code analyze} as a user would, and
 * proves none of it appears anywhere the run leaves behind: posts.jsonl, report.html, everything
 * printed (logs included), and the DuckDB database.
 */
class PrivacyCanaryTest {
    /** Each canary is valid for its type (Luhn-valid card, mod-97-valid IBAN), so detectors must really catch it. */
    static final Map<String, String> CANARIES = Map.of(
            "email", "canary.leak.7731@example.org",
            "phone", "+44 20 7946 0958",
            "card", "4539 1488 0343 6467",
            "iban", "DE89 3704 0044 0532 0130 00",
            "ip", "203.0.113.77",
            "secret", "CanarySecret9f8e7d6c",
            "handle", "Canary_Handle_42",
            "reddit user", "Canary_Reddit_77",
            "author id", "987654321012345");

    @TempDir
    Path dir;

    @Test
    void plantedPersonalDataAppearsNowhere() throws IOException, InterruptedException {
        Path input = dir.resolve("canary.jsonl");
        Files.writeString(input, xApiPage(), StandardCharsets.UTF_8);
        Path key = dir.resolve("key.hex");
        Files.writeString(key, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n");
        Path out = dir.resolve("out");
        Path db = dir.resolve("canary.duckdb");
        AnalyzeProcess.Result r = AnalyzeProcess.run(dir, List.of("--tasks", "emotion,spam", "--db", db.toString(),
                "--privacy-key", key.toString(), "--out", out.toString(), input.toString()));
        assertEquals(0, r.exit(), r.output());
        String jsonl = Files.readString(out.resolve("posts.jsonl"));
        String html = Files.readString(out.resolve("report.html"));
        assertEquals(3, jsonl.lines().count(), "every post is analysed");
        assertTrue(html.contains("user_"), "pseudonyms are shown instead of handles");
        String stored;
        try (PostStore s = PostStore.open(db)) {
            assertEquals(3, s.count());
            stored = String.join("\n", s.column("SELECT concat_ws(' ', platform, id, text, author_id, mentions, urls, media) FROM posts"))
                    + String.join("\n", s.column("SELECT concat_ws(' ', id, handle, display_name) FROM authors"))
                    + String.join("\n", s.column("SELECT concat_ws(' ', post_id, label, scores) FROM results"));
        }
        for (Map.Entry<String, String> c : CANARIES.entrySet()) {
            for (String variant : variants(c.getValue())) {
                assertFalse(jsonl.contains(variant), c.getKey() + " leaked into posts.jsonl: " + variant);
                assertFalse(html.contains(variant), c.getKey() + " leaked into report.html: " + variant);
                assertFalse(stored.contains(variant), c.getKey() + " leaked into the database: " + variant);
                assertFalse(r.output().contains(variant), c.getKey() + " leaked into the output/logs: " + variant);
            }
        }
        assertTrue(jsonl.contains("\"card\":1") && jsonl.contains("\"iban\":1") && jsonl.contains("\"email\""),
                "the redactions are counted: " + jsonl);
    }

    /** The value as written, without spaces, and in lower case: a leak in any of these forms counts. */
    static List<String> variants(String v) {
        List<String> out = new ArrayList<>(List.of(v, v.replace(" ", ""), v.toLowerCase(java.util.Locale.ROOT)));
        if (v.startsWith("+")) {
            out.add(v.substring(1).replace(" ", ""));
        }
        return out;
    }

    static String xApiPage() {
        String c = "\"created_at\":\"2026-10-05T10:00:00.000Z\",\"lang\":\"en\"";
        return "{\"data\":["
                + "{\"id\":\"1\",\"author_id\":\"987654321012345\"," + c + ",\"text\":\"Mail me at canary.leak.7731@example.org or call +44 20 7946 0958, so happy today!\","
                + "\"entities\":{\"mentions\":[{\"start\":0,\"end\":0,\"username\":\"Canary_Handle_42\"}]}},"
                + "{\"id\":\"2\",\"author_id\":\"987654321012345\"," + c + ",\"text\":\"@Canary_Handle_42 my card 4539 1488 0343 6467 and IBAN DE89 3704 0044 0532 0130 00 were stolen, furious\"},"
                + "{\"id\":\"3\",\"author_id\":\"42\"," + c + ",\"text\":\"server 203.0.113.77 leaked https://api.example.com/v1?token=CanarySecret9f8e7d6c&page=2 sad, ask /u/Canary_Reddit_77\"}"
                + "],\"includes\":{\"users\":["
                + "{\"id\":\"987654321012345\",\"username\":\"Canary_Handle_42\",\"name\":\"Ann (canary.leak.7731@example.org)\",\"public_metrics\":{\"followers_count\":12}},"
                + "{\"id\":\"42\",\"username\":\"plain_user\",\"name\":\"Plain\"}"
                + "]}}\n";
    }
}
