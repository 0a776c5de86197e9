package dev.starling.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code train} refuses bad data and bad flags with one clear line and a meaningful exit status. */
class TrainCommandTest {
    @TempDir
    Path root;

    private Path irony(String texts, String labels) throws IOException {
        Path dir = Files.createDirectories(root.resolve("tweeteval/datasets/irony"));
        Files.writeString(dir.resolve("mapping.txt"), "0\tnon_irony\n1\tirony\n");
        for (String split : new String[] {"train", "val", "test"}) {
            Files.writeString(dir.resolve(split + "_text.txt"), texts);
            Files.writeString(dir.resolve(split + "_labels.txt"), labels);
        }
        return root;
    }

    private CliTestSupport.Run train(String... extra) {
        String[] args = new String[extra.length + 4];
        args[0] = "train";
        args[1] = "--output";
        args[2] = root.resolve("out").toString();
        args[3] = "--epochs=1";
        System.arraycopy(extra, 0, args, 4, extra.length);
        return CliTestSupport.run(args);
    }

    @Test
    void mismatchedLabelsFile() throws IOException {
        Path data = irony("a\nb\nc\n", "0\n1\n");
        CliTestSupport.Run r = train("--task", "irony", "--data", data.toString());
        assertEquals(3, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("has 2 labels but") && r.stderr().contains("train_text.txt has 3 texts"), r.stderr());
        assertFalse(r.stderr().contains("\tat "), r.stderr());
    }

    @Test
    void unknownLabelName() throws IOException {
        Path data = irony("a\nb\n", "0\nsarcastic\n");
        CliTestSupport.Run r = train("--task", "irony", "--data", data.toString());
        assertEquals(3, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("unknown label 'sarcastic'") && r.stderr().contains("[non_irony, irony]"), r.stderr());
    }

    @Test
    void emptyData() throws IOException {
        Path data = irony("", "");
        CliTestSupport.Run r = train("--task", "irony", "--data", data.toString());
        assertEquals(3, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("is empty"), r.stderr());
    }

    @Test
    void unknownTaskMethodAndMissingData() {
        CliTestSupport.Run task = train("--task", "sarcasm", "--data", root.toString());
        assertEquals(2, task.exit());
        assertTrue(task.stderr().contains("unknown task 'sarcasm'"), task.stderr());
        CliTestSupport.Run method = train("--task", "irony", "--method", "magic", "--data", root.toString());
        assertEquals(2, method.exit());
        assertTrue(method.stderr().contains("--method must be full, lora or head"), method.stderr());
        CliTestSupport.Run data = train("--task", "irony", "--data", root.resolve("nowhere").toString());
        assertEquals(3, data.exit());
        assertTrue(data.stderr().contains("datasets folder not found"), data.stderr());
    }
}
