package dev.starling.analysis.llm;

import dev.starling.analysis.privacy.PrivacyFilter;
import dev.starling.analysis.privacy.PrivacyPolicy;
import dev.starling.analysis.privacy.PseudonymKey;
import dev.starling.engine.generate.Generation;
import dev.starling.engine.generate.SamplingConfig;
import dev.starling.engine.generate.TextGenerator;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenAiCompatibleGeneratorTest {
    private static TextGenerator client(String url) {
        return new OpenAiCompatibleGenerator(url, "local-model", null, 4096, Duration.ofSeconds(10));
    }

    @Test
    void streamsPiecesAsTheyComeAndSendsTheSamplingSettings() throws Exception {
        try (CompletionServer server = new CompletionServer(p -> "the camera is great")) {
            List<String> pieces = new ArrayList<>();
            SamplingConfig cfg = SamplingConfig.builder().maxTokens(12).temperature(0.5).topK(7).topP(0.9).seed(3).stop("\n").build();
            Generation g = client(server.url() + "/v1").generate("I love this phone", cfg, pieces::add);
            assertEquals("the camera is great", g.text());
            assertEquals(List.of("the ", "camera ", "is ", "great"), pieces);
            Map<String, Object> req = server.requests.get(0);
            assertEquals("I love this phone", req.get("prompt"));
            assertEquals(12.0, ((Number) req.get("max_tokens")).doubleValue());
            assertEquals(0.5, ((Number) req.get("temperature")).doubleValue());
            assertEquals(7.0, ((Number) req.get("top_k")).doubleValue());
            assertEquals(List.of("\n"), req.get("stop"));
            assertEquals(Boolean.TRUE, req.get("stream"));
        }
    }

    @Test
    void serverErrorsAndAnUnreachableServerGiveClearMessages() throws Exception {
        try (CompletionServer server = new CompletionServer(p -> "x")) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> client(server.url()).generate("FAIL please"));
            assertTrue(e.getMessage().contains("HTTP 503") && e.getMessage().contains("model not loaded"), e.getMessage());
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> client("http://127.0.0.1:" + port).generate("hi"));
        assertTrue(e.getMessage().contains("cannot reach"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> client("ftp://example.org"));
    }

    @Test
    void personalDataNeverReachesTheServer() throws Exception {
        try (CompletionServer server = new CompletionServer(p -> "positive")) {
            PrivacyFilter privacy = PrivacyFilter.standard(PrivacyPolicy.defaults(), PseudonymKey.of(new byte[32]));
            TextGenerator g = new RedactingGenerator(client(server.url()), privacy);
            String post = "mail jane.doe@example.com or call +44 20 7946 0958, card 4111 1111 1111 1111, @JaneDoe";
            new ZeroShotClassifier(List.of("positive", "negative"), "Sentiment?").classify(g, post);
            LlmSummaries.topicLabel(g, List.of("phone"), List.of(post), "phone");
            LlmSummaries.trendSummary(g, "#phone", "on Monday", List.of("phone"), List.of(post), "-");
            assertEquals(3, server.requests.size());
            for (Map<String, Object> req : server.requests) {
                String sent = String.valueOf(req.get("prompt"));
                for (String secret : List.of("jane.doe@example.com", "7946 0958", "4111 1111", "JaneDoe")) {
                    assertFalse(sent.contains(secret), "leaked " + secret + " in " + sent);
                }
            }
        }
    }

    @Test
    void zeroShotAnswersAreConstrainedToTheLabels() throws Exception {
        try (CompletionServer server = new CompletionServer(p -> p.contains("love") ? "Positive, clearly" : "I am not sure")) {
            ZeroShotClassifier zs = new ZeroShotClassifier(List.of("positive", "negative", "neutral"), "What is the sentiment?");
            assertEquals("positive", zs.classify(client(server.url()), "I love it"));
            assertEquals(ZeroShotClassifier.NONE, zs.classify(client(server.url()), "meh"));
            assertTrue(String.valueOf(server.requests.get(0).get("prompt")).endsWith("Answer:"));
        }
    }

    @Test
    void labelsAndSummariesAreCleanedFirstLines() throws Exception {
        try (CompletionServer server = new CompletionServer(p -> p.contains("title") ? "\"New phone cameras and battery life today.\"\nmore" : "")) {
            TextGenerator g = client(server.url());
            assertEquals("New phone cameras and battery", LlmSummaries.topicLabel(g, List.of("camera"), List.of("nice camera"), "camera"));
            assertEquals("fallback", LlmSummaries.trendSummary(g, "#x", "today", List.of("x"), List.of("p"), "fallback"));
        }
    }
}
