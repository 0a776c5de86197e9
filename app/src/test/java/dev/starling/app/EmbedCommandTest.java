package dev.starling.app;

import dev.starling.engine.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code embed} CLI contract. Semantic parity with ONNX Runtime is tested in the engine. */
class EmbedCommandTest {
    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    static float[] vector(Map<String, Object> row) {
        List<Object> v = (List<Object>) row.get("embedding");
        float[] f = new float[v.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = ((Number) v.get(i)).floatValue();
        }
        return f;
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }

    private List<Map<String, Object>> rows(Path out) throws IOException {
        return Files.readAllLines(out, StandardCharsets.UTF_8).stream().map(Json::parseObject).toList();
    }

    @Test
    void embedsEveryLineInOrderWithUnitVectors() throws IOException {
        Path in = dir.resolve("posts.txt");
        Files.writeString(in, "I love this new phone! The camera is amazing.\n\nthe camera on this phone is great\n"
                + "\u0000\u200b\u202e\n" + "Traffic is terrible today\n");
        Path out = dir.resolve("emb.jsonl");
        CliTestSupport.Run r = CliTestSupport.run("embed", "-i", in.toString(), "-o", out.toString(), "--batch-size", "2", "--threads", "2");
        assertEquals(0, r.exit(), r.stderr());
        List<Map<String, Object>> rows = rows(out);
        assertEquals(5, rows.size());
        for (Map<String, Object> row : rows) {
            float[] v = vector(row);
            assertEquals(384, v.length);
            assertEquals(1.0, dot(v, v), 1e-5);
        }
        // the same meaning lands closer than a different topic
        float[] phone1 = vector(rows.get(0));
        float[] phone2 = vector(rows.get(2));
        float[] traffic = vector(rows.get(4));
        assertTrue(dot(phone1, phone2) > dot(phone1, traffic) + 0.2, dot(phone1, phone2) + " vs " + dot(phone1, traffic));
        // empty and control-only lines embed as "[CLS] [SEP]": identical vectors
        assertEquals(1.0, dot(vector(rows.get(1)), vector(rows.get(3))), 1e-6);
    }

    @Test
    void longPostsAreChunkedOrTruncatedOnRequest() throws IOException {
        Path in = dir.resolve("long.txt");
        String first = "the football match was exciting and the crowd loved every goal ".repeat(30);
        String second = "the stock market fell sharply as investors worried about inflation ".repeat(30);
        Files.writeString(in, first + second + "\n");
        Path chunked = dir.resolve("chunked.jsonl");
        Path truncated = dir.resolve("truncated.jsonl");
        assertEquals(0, CliTestSupport.run("embed", "-i", in.toString(), "-o", chunked.toString()).exit());
        assertEquals(0, CliTestSupport.run("embed", "-i", in.toString(), "-o", truncated.toString(), "--truncate").exit());
        Path parts = dir.resolve("parts.txt");
        Files.writeString(parts, "the stock market fell sharply as investors worried about inflation\n");
        Path partOut = dir.resolve("parts.jsonl");
        assertEquals(0, CliTestSupport.run("embed", "-i", parts.toString(), "-o", partOut.toString()).exit());
        float[] c = vector(rows(chunked).get(0));
        float[] t = vector(rows(truncated).get(0));
        float[] market = vector(rows(partOut).get(0));
        // the truncated vector only saw football; the chunked one also covers the market half
        assertTrue(dot(c, market) > dot(t, market) + 0.1, dot(c, market) + " vs " + dot(t, market));
    }

    @Test
    void megabyteLineIsEmbeddedFromSpreadWindowsAndReported() throws IOException {
        Path in = dir.resolve("big.txt");
        Files.writeString(in, "spam ".repeat(210_000) + "\nshort post\n");
        Path out = dir.resolve("emb.jsonl");
        CliTestSupport.Run r = CliTestSupport.run("embed", "-i", in.toString(), "-o", out.toString(), "--max-windows", "8");
        assertEquals(0, r.exit(), r.stderr());
        assertEquals(2, rows(out).size());
        assertTrue(r.stderr().contains("line 1: a long post of") && r.stderr().contains("from 8 windows"), r.stderr());
    }

    @Test
    void brokenModelFilesAreNamed() throws IOException {
        Path in = Files.writeString(dir.resolve("p.txt"), "hello\n");
        Path out = dir.resolve("emb.jsonl");
        byte[] real;
        try (var s = EmbedCommandTest.class.getResourceAsStream("/all-minilm-l6-v2.onnx")) {
            real = s.readNBytes(5_000_000);
        }
        Path truncated = Files.write(dir.resolve("truncated-model.onnx"), real);
        Files.copy(EmbedCommandTest.class.getResourceAsStream("/all-minilm-l6-v2-tokenizer.json"), dir.resolve("tokenizer.json"));
        CliTestSupport.Run r = CliTestSupport.run("embed", "-i", in.toString(), "-o", out.toString(), "--model", truncated.toString());
        assertEquals(4, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("truncated-model.onnx"), r.stderr());
        assertFalse(r.stderr().contains("\tat "), "no stack trace: " + r.stderr());

        Path wrong = Files.writeString(dir.resolve("wrong.onnx"), "this is not a model at all");
        CliTestSupport.Run w = CliTestSupport.run("embed", "-i", in.toString(), "-o", out.toString(), "--model", wrong.toString());
        assertEquals(4, w.exit(), w.stderr());
        assertTrue(w.stderr().contains("wrong.onnx"), w.stderr());

        Path missing = dir.resolve("missing.onnx");
        CliTestSupport.Run m = CliTestSupport.run("embed", "-i", in.toString(), "-o", out.toString(), "--model", missing.toString());
        assertEquals(4, m.exit(), m.stderr());
        assertTrue(m.stderr().contains("missing.onnx"), m.stderr());
        assertFalse(Files.exists(out));
    }

    @Test
    void jsonlInputEchoesIdsAndFlagsBadRecords() throws IOException {
        Path in = dir.resolve("posts.jsonl");
        Files.writeString(in, "{\"id\": \"a1\", \"text\": \"good morning\"}\nnot json\n");
        Path out = dir.resolve("emb.jsonl");
        CliTestSupport.Run r = CliTestSupport.run("embed", "-i", in.toString(), "-o", out.toString());
        assertEquals(5, r.exit(), r.stderr());
        List<Map<String, Object>> rows = rows(out);
        assertEquals("a1", rows.get(0).get("id"));
        assertEquals(384, vector(rows.get(0)).length);
        assertNull(rows.get(1).get("embedding"));
        assertTrue(String.valueOf(rows.get(1).get("error")).startsWith("line 2: malformed JSON"));
    }
}
