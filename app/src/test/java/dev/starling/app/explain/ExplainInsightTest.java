package dev.starling.app.explain;

import dev.starling.analysis.lang.Detection;
import dev.starling.analysis.pipeline.AnalyzedPost;
import dev.starling.analysis.pipeline.Flag;
import dev.starling.analysis.pipeline.Prediction;
import dev.starling.analysis.posts.Author;
import dev.starling.analysis.posts.Metrics;
import dev.starling.analysis.posts.Platform;
import dev.starling.analysis.posts.Post;
import dev.starling.analysis.text.NormalizedText;
import dev.starling.app.insight.InsightContext;
import dev.starling.app.report.ReportSection;
import dev.starling.engine.ops.KernelRegistry;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplainInsightTest {
    private static AnalyzedPost post(String id, String text, List<Flag> flags) {
        Post p = new Post(id, Platform.X, new Author("user_1", "user_abc", null, null), null, text, "en", null, null, null,
                Metrics.none(), null, null, null, null);
        Map<String, Prediction> predictions = flags.isEmpty() ? Map.of()
                : Map.of("spam", Prediction.of(List.of("ham", "spam"), new float[] {0.05f, 0.95f}, "spam-ngrams@1"));
        return new AnalyzedPost(p, new NormalizedText(text, text.toLowerCase(java.util.Locale.ROOT), List.of()), new Detection("en", 1),
                Map.of(), predictions, flags);
    }

    @Test
    void spamFlagsAreExplainedAndBounded(@TempDir Path out) throws Exception {
        ExplainInsight insight = new ExplainInsight();
        insight.add(post("0", "good morning everyone", List.of()));
        for (int i = 0; i < ExplainInsight.MAX_EXACT + 5; i++) {
            insight.add(post("s" + i, "FREE followers click http://x.co/" + i, List.of(new Flag("spam", "spam", 0.95))));
        }
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        var kernels = KernelRegistry.create(1);
        List<ReportSection> sections = insight.finish(new InsightContext(out, kernels,
                new PrintStream(stdout, true, StandardCharsets.UTF_8), System.err, 1));
        kernels.parallel().close();
        assertEquals(1, sections.size());
        String html = sections.getFirst().html();
        assertTrue(html.contains("50 flags of 55 flagged posts explained"), html.substring(0, 400));
        assertTrue(html.contains("@user_abc"), "the (pseudonymised) author is shown");
        assertEquals(ExplainInsight.MAX_EXACT, Files.readAllLines(out.resolve("explanations.jsonl")).size());
        assertTrue(stdout.toString(StandardCharsets.UTF_8).startsWith("explain: 50 flags of 55 flagged posts"), stdout.toString());
    }
}
