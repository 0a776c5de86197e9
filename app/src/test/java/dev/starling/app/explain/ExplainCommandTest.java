package dev.starling.app.explain;

import dev.starling.app.Main;
import dev.starling.engine.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplainCommandTest {
    private record Run(int exit, String out, String err) {
    }

    private static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void plainTextWithNumbersWhenNotATerminal() {
        Run r = run("explain", "--task", "spam", "WIN a FREE iPhone now!! click http://bit.ly/x");
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().contains("\u001b["), "no colour codes when stdout is not a terminal");
        assertTrue(r.out().contains("FREE(+"), r.out());
        assertTrue(r.out().contains("completeness:"), r.out());
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonAttributionsSumToTheScoreDifference() {
        Run r = run("explain", "--task", "spam", "--json", "--label", "spam", "click here for free followers http://x.co/a");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> m = Json.parseObject(r.out().strip());
        assertEquals("spam", m.get("label"));
        double sum = 0;
        for (Object t : (List<Object>) m.get("tokens")) {
            sum += ((Number) ((Map<String, Object>) t).get("attribution")).doubleValue();
        }
        for (Object t : (List<Object>) m.get("extra")) {
            sum += ((Number) ((Map<String, Object>) t).get("attribution")).doubleValue();
        }
        double diff = ((Number) m.get("score")).doubleValue() - ((Number) m.get("baseline_score")).doubleValue();
        assertEquals(diff, sum, 1e-9);
    }

    @Test
    void colouredWhenAsked() {
        assertTrue(TerminalText.colored("idiot", 0.5, 1.0).startsWith("\u001b[38;2;0;0;0;48;2;"));
        assertTrue(TerminalText.colored("you", -1.0, 1.0).contains("48;2;255;80;80m"), "strong red for the most negative");
        assertTrue(TerminalText.colored("idiot", 1.0, 1.0).contains("48;2;80;255;80m"), "strong green for the most positive");
    }

    @Test
    void attentionMapsAreExportedPerLayerAndHead(@TempDir Path dir) throws Exception {
        Run r = run("explain", "--task", "offensive", "--steps", "4", "--attention", dir.toString(), "--no-color", "you idiot");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(dir.resolve("attention.json")));
        assertTrue(Files.isRegularFile(dir.resolve("layer5-head11.csv")), "6 layers × 12 heads of MiniLM");
        List<String> csv = Files.readAllLines(dir.resolve("layer0-head0.csv"));
        assertEquals("token,[CLS],you,idiot,[SEP]", csv.getFirst());
        assertEquals(5, csv.size());
    }

    @Test
    void unknownTaskOrLabelIsAUsageError() {
        Run r = run("explain", "--task", "nope", "text");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown --task 'nope'") && r.err().contains("spam"), r.err());
        Run l = run("explain", "--task", "spam", "--label", "eggs", "text");
        assertEquals(2, l.exit());
        assertTrue(l.err().contains("ham, spam"), l.err());
        Run a = run("explain", "--task", "spam", "--attention", "/tmp/x", "text");
        assertEquals(2, a.exit());
        assertTrue(a.err().contains("no attention"), a.err());
    }
}
