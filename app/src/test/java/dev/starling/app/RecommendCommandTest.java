package dev.starling.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code recommend} CLI contract on a tiny X API v2 file: the right topic, pseudonyms only, clear errors. */
class RecommendCommandTest {
    @TempDir
    static Path dir;
    static Path input;
    static Path key;

    record Out(int exit, String stdout, String stderr) {
    }

    @BeforeAll
    static void corpus() throws IOException {
        String[][] posts = {
            {"101", "fanaccount77", "What a goal in the cup final tonight, the striker was unstoppable"},
            {"102", "otheraccount88", "The cup final went to extra time, incredible football match"},
            {"103", "otheraccount88", "My sourdough bread finally rose properly, baking at home is fun"},
            {"104", "cookaccount99", "Try this pasta recipe with garlic, olive oil and fresh basil"},
            {"105", "otheraccount88", "Penalty shootout drama as the goalkeeper saves twice in the final"},
            {"106", "cookaccount99", "Slow roasted tomatoes make the best sauce for a weeknight dinner"},
        };
        StringBuilder sb = new StringBuilder("{\"data\":[");
        for (int i = 0; i < posts.length; i++) {
            sb.append(i == 0 ? "" : ",").append(String.format(
                    "{\"id\":\"%s\",\"text\":\"%s\",\"author_id\":\"%s\",\"created_at\":\"2026-10-0%dT12:00:00.000Z\","
                            + "\"public_metrics\":{\"retweet_count\":%d,\"reply_count\":0,\"like_count\":%d,\"quote_count\":0}}",
                    posts[i][0], posts[i][2], posts[i][1], i + 1, i, 10 * i));
        }
        input = dir.resolve("posts.jsonl");
        Files.writeString(input, sb.append("]}\n").toString());
        key = dir.resolve("key.hex");
        Files.writeString(key, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n");
    }

    static synchronized Out run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            CliTestSupport.Run r = CliTestSupport.run(args);
            return new Out(r.exit(), buf.toString(StandardCharsets.UTF_8), r.stderr());
        } finally {
            System.setOut(old);
        }
    }

    private static List<String> hitLines(String stdout) {
        return stdout.lines().filter(l -> l.matches("\\s+\\d+\\s+-?\\d.*")).toList();
    }

    @Test
    void moreLikeThisAndForYouFindTheSameTopicAndShowOnlyPseudonyms() {
        Out o = run("recommend", input.toString(), "--privacy-key", key.toString(), "--threads", "2", "-k", "2",
                "--like", "101", "--for", "cookaccount99");
        assertEquals(0, o.exit(), o.stderr());
        List<String> hits = hitLines(o.stdout());
        assertEquals(4, hits.size(), o.stdout());
        assertTrue(hits.get(0).contains("102") || hits.get(0).contains("105"), "a football post first: " + o.stdout());
        assertTrue(hits.get(2).contains("103"), "cook's for-you: the one food post not theirs: " + o.stdout());
        assertTrue(o.stdout().contains("For user_"), o.stdout());
        for (String raw : new String[] {"fanaccount77", "otheraccount88", "cookaccount99"}) {
            assertFalse(o.stdout().contains(raw), "account name leaked: " + raw);
        }
    }

    @Test
    void clearErrors() {
        assertEquals(2, run("recommend", input.toString(), "--privacy-key", key.toString()).exit());
        Out unknownPost = run("recommend", input.toString(), "--privacy-key", key.toString(), "--threads", "2", "--like", "999");
        assertEquals(2, unknownPost.exit());
        assertTrue(unknownPost.stderr().contains("no post with id 999"), unknownPost.stderr());
        assertEquals(3, run("recommend", dir.resolve("missing.jsonl").toString(), "--like", "1").exit());
    }
}
