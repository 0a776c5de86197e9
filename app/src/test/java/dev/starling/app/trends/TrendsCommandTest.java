package dev.starling.app.trends;

import dev.starling.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrendsCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) throws IOException {
        Path key = dir.resolve("key.hex");
        Files.writeString(key, HexFormat.of().formatHex(SampleCorpus.KEY) + "\n");
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.contains("--help")) {
            all.add("--privacy-key");
            all.add(key.toString());
        }
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        synchronized (TrendsCommandTest.class) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            try {
                int exit = Main.run(all.toArray(String[]::new));
                return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            } finally {
                System.setOut(oldOut);
                System.setErr(oldErr);
            }
        }
    }

    private static String[] withSample(String command, String... args) throws IOException {
        List<String> a = new ArrayList<>(List.of(command));
        SampleCorpus.files().forEach(f -> a.add(f.toString()));
        a.addAll(List.of(args));
        return a.toArray(String[]::new);
    }

    @Test
    void aFewDaysOfPostsGetHourlySpikes() throws IOException {
        // three days; #quake: one post an hour, thirty at 14:00 on the second day
        List<String> lines = new ArrayList<>(List.of("id,created_at,author,text"));
        int id = 0;
        for (int d = 1; d <= 3; d++) {
            for (int h = 0; h < 24; h++) {
                int n = d == 2 && h == 14 ? 30 : 1;
                for (int i = 0; i < n; i++) {
                    lines.add((id++) + String.format(",2026-03-0%dT%02d:20:00Z,user%d,felt the ground shake #quake", d, h, i));
                }
            }
        }
        Path csv = dir.resolve("quake.csv");
        Files.write(csv, lines);
        Run r = run("trends", csv.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("0 alert(s)"), "three days are too short for a weekday baseline:\n" + r.out());
        assertTrue(r.out().contains("hourly spikes (3 day(s)"), r.out());
        assertTrue(r.out().contains("2026-03-02 14:00 UTC  #quake"), r.out());
    }

    @Test
    void trendsPrintsTheExplainedRecallSpike() throws IOException {
        Run r = run(withSample("trends", "--top", "3"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("740 posts over 43 day(s) (2026-06-01 to 2026-07-13);"), r.out());
        assertTrue(r.out().contains("2026-06-23 TUE  brewmate"), r.out());
        assertTrue(r.out().matches("(?s).*driven by  [^\n]*\\brecall 6 vs 0.*"), r.out()); // with #brewmaterecall, from Mastodon's text
        assertTrue(r.err().contains("malformed record(s) skipped"), r.err());
    }

    @Test
    void influenceTracksTermsWeekByWeek() throws IOException {
        Run r = run(withSample("influence", "--track", "BrewMate,Lumio X5", "--top", "5"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("PageRank (damping 0.85)"), r.out());
        assertTrue(r.out().matches("(?s).*\\n   1  user_[0-9a-f]{12} .*"), r.out());
        assertTrue(r.out().contains("Share of voice per week (tracked terms)"), r.out());
        // the recall week (22 June) belongs to BrewMate, the launch week (8 June) to the Lumio X5
        assertTrue(r.out().matches("(?s).*2026-06-08\\s+0 \\(  0\\.0%\\)\\s+\\d+ \\(100\\.0%\\).*"), r.out());
        assertTrue(r.out().matches("(?s).*2026-06-22\\s+\\d+ \\( ?[6-9]\\d\\.\\d%\\).*"), r.out());
    }

    @Test
    void badUsageIsExitTwoWithOneLine() throws IOException {
        Run r = run("trends", "--top", "0", SampleCorpus.files().get(0).toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--top"), r.err());
        Run missing = run("influence", dir.resolve("nope.jsonl").toString());
        assertEquals(3, missing.exit(), missing.err());
    }

    @Test
    void helpExplainsTheRule() throws IOException {
        Run r = run("trends", "--help");
        assertEquals(0, r.exit());
        assertTrue((r.out() + r.err()).contains("same weekday"), r.out());
    }

    @Test
    void trendsWithLlmPrintsOneSentencePerAlertAndWithoutItNone() throws IOException {
        try (CompletionServer server = new CompletionServer(prompt -> "BrewMate recalled its kettles after burns.")) {
            Run r = run(withSample("trends", "--top", "2", "--llm", server.url()));
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("2026-06-23 TUE  brewmate"), r.out());
            assertTrue(r.out().contains("  summary    BrewMate recalled its kettles after burns\n"), r.out());
            assertEquals(2, server.requests.size(), "one prompt per printed alert");
            String prompt = String.valueOf(server.requests.getFirst().get("prompt"));
            assertTrue(prompt.startsWith("Posts about \"brewmate\" spiked on 2026-06-23."), prompt);
            assertTrue(prompt.matches("(?s).*Words that drove it: [^\n]*\\brecall\\b.*"), prompt);
        }
        Run plain = run(withSample("trends", "--top", "2"));
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(!plain.out().contains("summary"), plain.out());
    }
}
