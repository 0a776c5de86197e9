package dev.starling.app.models;

import dev.starling.app.Main;
import dev.starling.engine.json.Json;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelsCommandTest {
    private static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run(args));
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsTheBuiltInEncodersAndEveryShippedTaskModelWithTheirQuality() {
        Map<String, Object> out = Json.parseObject(run("models", "--no-measure", "--json"));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) out.get("models");
        List<Object> names = rows.stream().map(r -> r.get("name")).toList();
        assertTrue(names.containsAll(List.of("all-minilm-l6-v2", "bge-small-zh-v1.5", "tweeteval/sentiment", "tweeteval/offensive")), names.toString());
        Map<String, Object> sentiment = rows.stream().filter(r -> r.get("name").equals("tweeteval/sentiment")).findFirst().orElseThrow();
        assertTrue(String.valueOf(sentiment.get("quality")).contains("68.45"), sentiment.toString());
        assertTrue(((Number) sentiment.get("parameters")).longValue() > 20_000_000);
        Map<String, Object> minilm = rows.stream().filter(r -> r.get("name").equals("all-minilm-l6-v2")).findFirst().orElseThrow();
        assertEquals(Boolean.TRUE, minilm.get("recommended"));
    }

    @Test
    void aTightMemoryBudgetRecommendsNothing() {
        String table = run("models", "--no-measure", "--kind", "encoder", "--max-memory", "10MB");
        assertTrue(table.contains("recommended encoder: none fits the budget"), table);
        assertFalse(table.contains("tweeteval/"), table);
    }

    @Test
    void recommendationPrefersQualityThenSpeedWithinTheBudget() {
        ModelInfo small = new ModelInfo("small", ModelInfo.Kind.DECODER, "x", 1, 1, 100, 50, "");
        ModelInfo big = new ModelInfo("big", ModelInfo.Kind.DECODER, "x", 1, 1, 1000, 10, "");
        List<ModelInfo> both = List.of(small, big);
        assertEquals("small", new Recommendation(Long.MAX_VALUE, Double.POSITIVE_INFINITY).pick(both, ModelInfo.Kind.DECODER).orElseThrow().name());
        assertEquals("small", new Recommendation(500, Double.POSITIVE_INFINITY).pick(both, ModelInfo.Kind.DECODER).orElseThrow().name());
        assertTrue(new Recommendation(Long.MAX_VALUE, 5).pick(both, ModelInfo.Kind.DECODER).isEmpty()); // 20 ms and 100 ms per token
        ModelInfo good = new ModelInfo("good", ModelInfo.Kind.DECODER, "x", 1, 1, 900, 12, "perplexity-free score 70.0");
        assertEquals("good", new Recommendation(Long.MAX_VALUE, 100).pick(List.of(small, big, good), ModelInfo.Kind.DECODER).orElseThrow().name());
    }

    @Test
    void sizesAndLatenciesParseOrSayWhy() {
        assertEquals(500L << 20, Sizes.parseBytes("500MB"));
        assertEquals(2L << 30, Sizes.parseBytes("2 GiB"));
        assertEquals(20.0, Sizes.parseMillis("20ms"));
        assertEquals(500.0, Sizes.parseMillis("0.5s"));
        assertThrows(IllegalArgumentException.class, () -> Sizes.parseBytes("lots"));
        assertThrows(IllegalArgumentException.class, () -> Sizes.parseMillis("-3ms"));
        assertEquals(2, Main.run("models", "--max-memory", "lots"));
    }
}
