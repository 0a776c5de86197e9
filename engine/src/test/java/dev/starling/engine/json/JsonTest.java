package dev.starling.engine.json;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTest {
    @Test
    void parsesAllValueKinds() {
        Map<String, Object> m = Json.parseObject("{\"a\": [1, -2.5e3, true, false, null], \"b\": {\"c\": \"x\\u00e9\\n\\\"\"}, \"big\": 12345678901234567890}");
        assertEquals(List.of(1L, -2500.0, true, false), ((List<?>) m.get("a")).subList(0, 4));
        assertEquals(null, ((List<?>) m.get("a")).get(4));
        assertEquals("xé\n\"", ((Map<?, ?>) m.get("b")).get("c"));
        assertEquals(1.2345678901234567e19, m.get("big"));
    }

    @Test
    void surrogatePairsAndKeyOrder() {
        Map<String, Object> m = Json.parseObject("{\"z\": \"\\ud83d\\ude00\", \"a\": 1}");
        assertEquals("😀", m.get("z"));
        assertEquals(List.of("z", "a"), List.copyOf(m.keySet()));
    }

    @Test
    void malformedInputReportsOffset() {
        for (String bad : new String[] {"{", "{\"a\" 1}", "[1,]", "\"abc", "tru", "{\"a\":1} x", "01x", "\"\u0001\"", "{\"a\":\"\\q\"}"}) {
            JsonException e = assertThrows(JsonException.class, () -> Json.parse(bad), bad);
            assertTrue(e.getMessage().contains("offset"), e.getMessage());
        }
        assertThrows(JsonException.class, () -> Json.parse("[".repeat(10_000)));
    }

    @Test
    void writerRoundTripsAndEscapes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", "tab\t nl\n quote\" back\\ ctl\u0001 emoji😀 ls\u2028");
        m.put("ids", new int[] {1, 2});
        m.put("v", new float[] {0.1f, -3e-8f, Float.NaN});
        m.put("list", List.of(1L, "x"));
        String json = JsonWriter.write(m);
        assertTrue(json.contains("\\u0001") && json.contains("\\u2028"), json);
        Map<String, Object> back = Json.parseObject(json);
        assertEquals(m.get("text"), back.get("text"));
        assertEquals(List.of(1L, 2L), back.get("ids"));
        assertEquals(0.1f, ((Number) ((List<?>) back.get("v")).get(0)).floatValue());
        assertEquals(-3e-8f, ((Number) ((List<?>) back.get("v")).get(1)).floatValue());
        assertEquals(null, ((List<?>) back.get("v")).get(2));
    }

    @Test
    void loneSurrogatesAreEscapedSoOutputStaysValidUtf8() {
        String s = JsonWriter.write("a\ud800b");
        assertEquals("\"a\\ud800b\"", s);
    }
}
