package dev.starling.analysis.tasks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading TweetEval-layout files, and the clear errors for bad data (no shared datasets needed). */
class TweetEvalDataTest {
    @TempDir
    Path root;

    private Path task(String name, String mapping) throws IOException {
        Path dir = Files.createDirectories(root.resolve("tweeteval/datasets/" + name));
        Files.writeString(dir.resolve("mapping.txt"), mapping);
        return dir;
    }

    @Test
    void readsTextsLabelsAndNames() throws IOException {
        Path dir = task("irony", "0\tnon_irony\n1\tirony\n");
        Files.writeString(dir.resolve("train_text.txt"), "first tweet\r\nsecond\u2028tweet\nthird\n");
        Files.writeString(dir.resolve("train_labels.txt"), "0\n1\nirony\n");
        List<LabeledText> data = TweetEvalData.load(root, TweetEvalTask.IRONY, "train");
        assertEquals(List.of(new LabeledText("first tweet", 0), new LabeledText("second\u2028tweet", 1), new LabeledText("third", 1)), data);
        assertEquals(List.of("non_irony", "irony"), TweetEvalData.labelNames(root, TweetEvalTask.IRONY));
    }

    @Test
    void badDataIsAClearError() throws IOException {
        Path dir = task("hate", "0\tnot-hate\n1\thate\n");
        Files.writeString(dir.resolve("train_text.txt"), "a\nb\nc\n");
        Files.writeString(dir.resolve("train_labels.txt"), "0\n1\n");
        var mismatch = assertThrows(IllegalArgumentException.class, () -> TweetEvalData.load(root, TweetEvalTask.HATE, "train"));
        assertTrue(mismatch.getMessage().contains("has 2 labels but") && mismatch.getMessage().contains("has 3 texts"), mismatch.getMessage());

        Files.writeString(dir.resolve("train_labels.txt"), "0\nhateful\n1\n");
        var unknown = assertThrows(IllegalArgumentException.class, () -> TweetEvalData.load(root, TweetEvalTask.HATE, "train"));
        assertTrue(unknown.getMessage().contains("line 2: unknown label 'hateful'") && unknown.getMessage().contains("[not-hate, hate]"), unknown.getMessage());

        Files.writeString(dir.resolve("train_labels.txt"), "0\n7\n1\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TweetEvalData.load(root, TweetEvalTask.HATE, "train"))
                .getMessage().contains("unknown label '7'"));

        Files.writeString(dir.resolve("train_text.txt"), "");
        Files.writeString(dir.resolve("train_labels.txt"), "");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TweetEvalData.load(root, TweetEvalTask.HATE, "train"))
                .getMessage().contains("is empty"));

        assertTrue(assertThrows(IllegalArgumentException.class, () -> TweetEvalData.load(root, TweetEvalTask.HATE, "val"))
                .getMessage().contains("data file not found"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TweetEvalTask.of("sarcasm"))
                .getMessage().contains("unknown task 'sarcasm'"));
    }

    @Test
    void comparisonKeysIgnoreMentionsEscapesAndPunctuation() {
        assertEquals(SemEvalPool.key("@user I LOVE it!!! http://t.co/x"), SemEvalPool.key("@Someone_Else i love it http://bit.ly/y"));
        assertEquals(SemEvalPool.key("can\\u2019t wait"), SemEvalPool.key("can’t wait"));
        assertTrue(!SemEvalPool.key("love it").equals(SemEvalPool.key("hate it")));
    }
}
