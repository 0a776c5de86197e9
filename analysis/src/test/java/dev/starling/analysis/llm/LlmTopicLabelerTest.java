package dev.starling.analysis.llm;

import dev.starling.analysis.topics.Keyword;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LlmTopicLabelerTest {
    static final List<Keyword> KEYWORDS = List.of(new Keyword("camera", 0.9), new Keyword("battery", 0.5), new Keyword("lumio", 0.4));

    @Test
    void labelsComeFromTheServerAndFallBackToKeywords() throws Exception {
        try (CompletionServer server = new CompletionServer(p -> p.contains("camera") ? "Lumio X5 camera and battery\n" : "")) {
            LlmTopicLabeler labeler = new LlmTopicLabeler(
                    new OpenAiCompatibleGenerator(server.url(), "m", null, 4096, Duration.ofSeconds(10)));
            assertEquals("Lumio X5 camera and battery", labeler.label(KEYWORDS, List.of("the camera is great")));
            String prompt = String.valueOf(server.requests.get(0).get("prompt"));
            assertTrue(prompt.contains("camera, battery, lumio") && prompt.contains("the camera is great"), prompt);
            assertEquals("x · y", labeler.label(List.of(new Keyword("x", 1), new Keyword("y", 1)), List.of("p")));
        }
        LlmTopicLabeler down = new LlmTopicLabeler(new OpenAiCompatibleGenerator("http://127.0.0.1:9", "m", null, 4096, Duration.ofSeconds(2)));
        assertEquals("camera · battery · lumio", down.label(KEYWORDS, List.of("p")), "an unreachable server keeps the keyword label");
    }
}
