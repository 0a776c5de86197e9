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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code tokenize} CLI contract, checked from outside through files and exit codes. */
class TokenizeCommandTest {
    @TempDir
    Path dir;

    private List<Map<String, Object>> output(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(Json::parseObject).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(Map<String, Object> row) {
        return (List<Long>) row.get("ids");
    }

    @Test
    void onePostPerLineSplitOnNewlineOnly() throws IOException {
        Path in = dir.resolve("posts.txt");
        // CRLF endings, a lone \r inside a post, an empty line, a whitespace-only line, U+2028 inside a post,
        // and a last line without a newline.
        String text = "hello world\r\nfoo\rbar\n\n   \nline\u2028sep\nlast";
        Files.write(in, text.getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("ids.jsonl");
        CliTestSupport.Run r = CliTestSupport.run("tokenize", "--input", in.toString(), "--output", out.toString());
        assertEquals(0, r.exit(), r.stderr());
        List<Map<String, Object>> rows = output(out);
        assertEquals(6, rows.size());
        assertEquals(List.of(101L, 7592L, 2088L, 102L), ids(rows.get(0)));  // "hello world", \r dropped
        assertEquals(List.of(101L, 29379L, 3347L, 102L), ids(rows.get(1)));  // "foo\rbar": \r is whitespace
        assertEquals(List.of(101L, 102L), ids(rows.get(2)));
        assertEquals(List.of(101L, 102L), ids(rows.get(3)));
        assertEquals(List.of(101L, 2240L, 19802L, 102L), ids(rows.get(4)));
        assertEquals(List.of(101L, 2197L, 102L), ids(rows.get(5)));
    }

    @Test
    void badInputGivesDefinedOutputAndAWarning() throws IOException {
        Path in = dir.resolve("bad.txt");
        byte[] invalid = {'o', 'k', (byte) 0xff, (byte) 0xfe, ' ', 'x', '\n', 0, 1, 7, 'a', 0x1b, '\n', (byte) 0xc3, '\n'};
        Files.write(in, invalid);
        Path out = dir.resolve("ids.jsonl");
        CliTestSupport.Run r = CliTestSupport.run("tokenize", "-i", in.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.stderr());
        assertEquals(3, output(out).size());
        assertTrue(r.stderr().contains("invalid UTF-8") && r.stderr().contains("lines 1, 3"), r.stderr());
        assertFalse(r.stderr().contains("Exception"), r.stderr());
        assertEquals(List.of(101L, 1037L, 102L), ids(output(out).get(1))); // NUL and controls removed
    }

    @Test
    void emptyFileGivesEmptyOutput() throws IOException {
        Path in = Files.createFile(dir.resolve("empty.txt"));
        Path out = dir.resolve("ids.jsonl");
        CliTestSupport.Run r = CliTestSupport.run("tokenize", "-i", in.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.stderr());
        assertEquals(0, Files.size(out));
    }

    @Test
    void oneMegabyteLine() throws IOException {
        Path in = dir.resolve("big.txt");
        String big = "word ".repeat(200_000) + "\nnext\n";
        Files.writeString(in, big);
        Path out = dir.resolve("ids.jsonl");
        CliTestSupport.Run r = CliTestSupport.run("tokenize", "-i", in.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.stderr());
        List<Map<String, Object>> rows = output(out);
        assertEquals(2, rows.size());
        assertEquals(200_002, ids(rows.get(0)).size());
    }

    @Test
    void maxLengthTruncatesKeepingSpecialTokens() throws IOException {
        Path in = dir.resolve("p.txt");
        Files.writeString(in, "one two three four five six\n");
        Path out = dir.resolve("ids.jsonl");
        assertEquals(0, CliTestSupport.run("tokenize", "-i", in.toString(), "-o", out.toString(), "--max-length", "4", "--tokens").exit());
        Map<String, Object> row = output(out).get(0);
        assertEquals(List.of(101L, 2028L, 2048L, 102L), ids(row));
        assertEquals(List.of("[CLS]", "one", "two", "[SEP]"), row.get("tokens"));
    }

    @Test
    void errorsMapToExitCodes() throws IOException {
        Path out = dir.resolve("o.jsonl");
        CliTestSupport.Run missing = CliTestSupport.run("tokenize", "-i", dir.resolve("nope.txt").toString(), "-o", out.toString());
        assertEquals(3, missing.exit());
        assertTrue(missing.stderr().contains("input file not found"), missing.stderr());
        CliTestSupport.Run usage = CliTestSupport.run("tokenize", "--bogus");
        assertEquals(2, usage.exit());
        Path badTok = Files.writeString(dir.resolve("tokenizer.json"), "{\"model\": {\"type\": \"BPE\"");
        Path in = Files.writeString(dir.resolve("p.txt"), "hi\n");
        CliTestSupport.Run model = CliTestSupport.run("tokenize", "-i", in.toString(), "-o", out.toString(), "--tokenizer", badTok.toString());
        assertEquals(4, model.exit(), model.stderr());
        assertTrue(model.stderr().contains("tokenizer.json"), model.stderr());
        assertFalse(Files.exists(out), "no output may appear when the run failed");
    }

    @Test
    void jsonlRecordsWithErrorsKeepAlignment() throws IOException {
        Path in = dir.resolve("posts.jsonl");
        Files.writeString(in, "{\"id\": 1, \"text\": \"hello\"}\n{\"id\": 2, \"text\": \n{\"id\": 3}\n{\"text\": \"world\"}\n");
        Path out = dir.resolve("ids.jsonl");
        CliTestSupport.Run r = CliTestSupport.run("tokenize", "-i", in.toString(), "-o", out.toString());
        assertEquals(5, r.exit(), r.stderr());
        List<Map<String, Object>> rows = output(out);
        assertEquals(4, rows.size());
        assertEquals(List.of(101L, 7592L, 102L), ids(rows.get(0)));
        assertTrue(String.valueOf(rows.get(1).get("error")).contains("line 2: malformed JSON"));
        assertTrue(String.valueOf(rows.get(2).get("error")).contains("no string field 'text'"));
        assertEquals(List.of(101L, 2088L, 102L), ids(rows.get(3)));
    }

    @Test
    void helpExplains() {
        CliTestSupport.Run r = CliTestSupport.run("tokenize", "--help");
        assertEquals(0, r.exit());
    }
}
