package dev.starling.app.analyze;

import dev.starling.engine.json.Json;
import dev.starling.store.PostStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code starling analyze} with no input, as a new user runs it: the bundled sample (whose
 * MANIFEST.json is the ground truth) is read, protected, classified, stored and reported; a second
 * run duplicates nothing.
 */
class AnalyzeSampleTest {
    @TempDir
    static Path dir;
    static Map<String, Object> manifest;
    static AnalyzeProcess.Result first;
    static Path out;
    static Path db;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void runOnTheBundledSample() throws IOException, InterruptedException {
        manifest = (Map<String, Object>) Json.parse(Files.readString(AnalyzeProcess.repoRoot().resolve("examples/sample/MANIFEST.json")));
        Path key = dir.resolve("key.hex");
        Files.writeString(key, "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90\n");
        out = dir.resolve("out");
        db = dir.resolve("db/starling.duckdb");
        first = AnalyzeProcess.run(dir, List.of("--db", db.toString(), "--out", out.toString(), "--privacy-key", key.toString()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> totals() {
        return (Map<String, Object>) manifest.get("totals");
    }

    static int total(String key) {
        return ((Number) totals().get(key)).intValue();
    }

    @Test
    void everyWellFormedPostIsAnalysedAndEveryMalformedOneReported() throws IOException {
        assertEquals(0, first.exit(), first.output());
        List<String> lines = Files.readAllLines(out.resolve("posts.jsonl"));
        assertEquals(total("posts"), lines.size());
        assertTrue(first.output().matches("(?s).*skipped records\\s+" + total("malformed") + "\\b.*"), first.output());
        assertTrue(first.output().contains("x-api-v2.jsonl: 3 record(s) skipped (line 5: malformed"), first.output());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Sentiment over time") && html.contains("Flagged posts"), "report sections");
        assertTrue(html.contains("Topics over time") && Files.isRegularFile(out.resolve("topics.json")), "the topics insight ran");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPlantedPersonalDataItemIsRedactedAndCounted() throws IOException {
        Map<String, Integer> counted = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve("posts.jsonl"))) {
            Map<String, Object> o = (Map<String, Object>) Json.parse(line);
            ((Map<String, Object>) o.get("personal_data")).forEach((k, v) -> counted.merge(k, ((Number) v).intValue(), Integer::sum));
        }
        Map<String, Object> planted = (Map<String, Object>) totals().get("pii");
        for (String type : List.of("email", "phone", "card", "iban")) {
            assertEquals(((Number) planted.get(type)).intValue(), counted.getOrDefault(type, 0), type + ": " + counted);
        }
        assertEquals(((Number) planted.get("ipv4")).intValue() + ((Number) planted.get("ipv6")).intValue(), counted.getOrDefault("ip", 0));
        String jsonl = Files.readString(out.resolve("posts.jsonl"));
        String html = Files.readString(out.resolve("report.html"));
        String stored;
        try (PostStore s = PostStore.open(db)) {
            stored = String.join("\n", s.column("SELECT concat_ws(' ', text, author_id, mentions, urls, media) FROM posts"))
                    + String.join("\n", s.column("SELECT concat_ws(' ', id, handle, display_name) FROM authors"));
        }
        for (String redditUser : List.of("throwaway_jordan27", "Maya_Brown27", "Clever_Walrus_1900")) {
            assertFalse(jsonl.contains(redditUser) || html.contains(redditUser) || stored.contains(redditUser),
                    "u/" + redditUser + " is pseudonymised like an @handle");
        }
        for (Object f : (List<Object>) manifest.get("files")) {
            for (Object p : (List<Object>) ((Map<String, Object>) f).get("piiPlanted")) {
                String value = (String) ((Map<String, Object>) p).get("value");
                for (String v : PrivacyCanaryTest.variants(value)) {
                    assertFalse(jsonl.contains(v), "posts.jsonl holds " + v);
                    assertFalse(html.contains(v), "report.html holds " + v);
                    assertFalse(stored.contains(v), "the database holds " + v);
                    assertFalse(first.output().contains(v), "the output holds " + v);
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void plantedEnglishSpamIsFlagged() throws IOException {
        Set<String> spamIds = new HashSet<>();
        for (Object f : (List<Object>) manifest.get("files")) {
            spamIds.addAll((List<String>) ((Map<String, Object>) f).get("spamIds"));
        }
        int flagged = 0;
        int english = 0;
        int falseAlarms = 0;
        for (String line : Files.readAllLines(out.resolve("posts.jsonl"))) {
            Map<String, Object> o = (Map<String, Object>) Json.parse(line);
            boolean spamFlag = ((List<Object>) o.get("flags")).stream().anyMatch(x -> "spam".equals(((Map<String, Object>) x).get("task")));
            if (spamIds.contains((String) o.get("id"))) {
                // the filter learnt from English YouTube and SMS spam: English is what it is held to
                boolean en = "en".equals(o.get("language"));
                english += en ? 1 : 0;
                flagged += spamFlag && en ? 1 : 0;
            } else {
                falseAlarms += spamFlag ? 1 : 0;
            }
        }
        assertTrue(english >= 10 && flagged >= 0.8 * english, "planted English spam flagged: " + flagged + " of " + english);
        assertTrue(falseAlarms <= 0.05 * total("posts"), "other posts flagged as spam: " + falseAlarms);
    }

    @Test
    void aSecondRunDuplicatesNothing() throws IOException, InterruptedException {
        long posts;
        long results;
        try (PostStore s = PostStore.open(db)) {
            posts = s.count();
            results = s.resultsCount();
        }
        assertEquals(total("posts"), posts);
        AnalyzeProcess.Result again = AnalyzeProcess.run(dir, List.of("--db", db.toString(), "--out", dir.resolve("out2").toString(),
                "--privacy-key", dir.resolve("key.hex").toString()));
        assertEquals(0, again.exit(), again.output());
        try (PostStore s = PostStore.open(db)) {
            assertEquals(posts, s.count());
            assertEquals(results, s.resultsCount());
            assertEquals(total("authors"), s.authorsCount());
        }
    }
}
