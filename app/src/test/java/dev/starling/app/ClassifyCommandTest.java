package dev.starling.app;

import dev.starling.analysis.classify.TaskModel;
import dev.starling.analysis.models.BaseEncoder;
import dev.starling.engine.json.Json;
import dev.starling.engine.model.bert.BertClassifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code classify} CLI contract: one object per input line with a label name and a probability per label. */
class ClassifyCommandTest {
    @TempDir
    Path dir;

    @Test
    void labelsAndScoresPerPostInOrder() throws IOException {
        BaseEncoder base = BaseEncoder.minilm();
        BertClassifier c = BertClassifier.create(base.config(), base.weights()::get, 3, BertClassifier.Method.LORA, 2, 0f, 1);
        Path model = dir.resolve("model");
        TaskModel.save(model, c, new TaskModel.Description("sentiment", List.of("negative", "neutral", "positive"),
                BertClassifier.Method.LORA, 2, 64), Map.of());
        Path in = Files.writeString(dir.resolve("posts.txt"), "great day!\n\nawful, just awful\n");
        Path out = dir.resolve("labels.jsonl");
        CliTestSupport.Run r = CliTestSupport.run("classify", "--task", "sentiment", "--model", model.toString(),
                "-i", in.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.stderr());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        for (String line : lines) {
            Map<String, Object> row = Json.parseObject(line);
            @SuppressWarnings("unchecked")
            Map<String, Object> scores = (Map<String, Object>) row.get("scores");
            assertEquals(List.of("negative", "neutral", "positive"), List.copyOf(scores.keySet()));
            double sum = scores.values().stream().mapToDouble(v -> ((Number) v).doubleValue()).sum();
            assertEquals(1.0, sum, 1e-5);
            String label = (String) row.get("label");
            double best = scores.values().stream().mapToDouble(v -> ((Number) v).doubleValue()).max().orElseThrow();
            assertEquals(best, ((Number) scores.get(label)).doubleValue(), 0.0);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void sentimentRoutesChinesePostsToTheChineseModel() throws IOException {
        Path in = Files.writeString(dir.resolve("mixed.txt"),
                "I love this new phone, best purchase ever!\n今天太开心了，谢谢大家！\n服务太差了，再也不来了\n");
        Path out = dir.resolve("labels.jsonl");
        CliTestSupport.Run r = CliTestSupport.run("classify", "--task", "sentiment", "-i", in.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.stderr());
        List<Map<String, Object>> rows = Files.readAllLines(out, StandardCharsets.UTF_8).stream().map(Json::parseObject).toList();
        assertEquals(List.of("en", "zh", "zh"), rows.stream().map(m -> m.get("language")).toList());
        assertEquals(List.of("negative", "neutral", "positive"), List.copyOf(((Map<String, Object>) rows.get(0).get("scores")).keySet()));
        assertEquals(List.of("negative", "positive"), List.copyOf(((Map<String, Object>) rows.get(1).get("scores")).keySet()));
        assertEquals(List.of("positive", "positive", "negative"), rows.stream().map(m -> m.get("label")).toList());

        Path forced = dir.resolve("forced.jsonl");
        CliTestSupport.Run en = CliTestSupport.run("classify", "--task", "sentiment", "--lang", "en", "-i", in.toString(), "-o", forced.toString());
        assertEquals(0, en.exit(), en.stderr());
        assertTrue(Files.readAllLines(forced).stream().allMatch(l -> l.contains("\"language\":\"en\"") && l.contains("neutral")),
                "--lang en sends every post to the English model");
    }

    @Test
    void unknownTaskAndMissingModelAreClearErrors() throws IOException {
        Path in = Files.writeString(dir.resolve("posts.txt"), "hi\n");
        CliTestSupport.Run unknown = CliTestSupport.run("classify", "--task", "sarcasm", "-i", in.toString(), "-o", dir.resolve("o").toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.stderr().contains("unknown task 'sarcasm'"), unknown.stderr());
        CliTestSupport.Run missing = CliTestSupport.run("classify", "--task", "irony", "--model", dir.resolve("nothing").toString(),
                "-i", in.toString(), "-o", dir.resolve("o").toString());
        assertEquals(4, missing.exit(), missing.stderr());
        assertTrue(missing.stderr().contains("nothing"), missing.stderr());
    }
}
