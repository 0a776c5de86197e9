package dev.starling.analysis.classify;

import dev.starling.analysis.models.BaseEncoder;
import dev.starling.analysis.tasks.TweetEvalTask;
import dev.starling.engine.json.Json;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tokenizer.Tokenizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The task models that ship on the classpath: every TweetEval task has one, each loads on a fresh
 * checkout, carries its provenance, stays compact, and gives sensible answers to unambiguous posts.
 */
class ShippedModelsTest {
    private static Kernels kernels;
    private static BaseEncoder base;
    private static Tokenizer tokenizer;

    @BeforeAll
    static void setUp() {
        kernels = KernelRegistry.create(2);
        base = BaseEncoder.minilm();
        tokenizer = BaseEncoder.minilmTokenizer();
    }

    @AfterAll
    static void tearDown() {
        kernels.parallel().close();
    }

    @ParameterizedTest
    @EnumSource(TweetEvalTask.class)
    void everyTaskShipsACompactModelWithProvenance(TweetEvalTask task) throws IOException {
        assertTrue(ShippedModels.available(task), "no shipped model for " + task.id());
        String prefix = ShippedModels.resourcePrefix(task);
        Map<String, Object> provenance = readJson(prefix + "PROVENANCE.json");
        for (String key : List.of("command", "commit", "seed", "data", "test_score", "validation_score")) {
            assertTrue(provenance.containsKey(key), task.id() + " provenance lacks " + key);
        }
        try (InputStream in = ShippedModels.class.getResourceAsStream(prefix + TaskModel.WEIGHTS)) {
            assertNotNull(in);
            long size = in.transferTo(java.io.OutputStream.nullOutputStream());
            assertTrue(size > 10_000 && size < 7_000_000, task.id() + " weights are " + size + " bytes");
        }
        TaskModel model = ShippedModels.load(task, null, base, tokenizer, kernels);
        float[][] p = model.probabilities(List.of("what a day", "", "🙂🙂🙂"));
        for (float[] row : p) {
            assertEquals(model.labels().size(), row.length);
            double sum = 0;
            for (float v : row) {
                assertTrue(v >= 0 && v <= 1);
                sum += v;
            }
            assertEquals(1.0, sum, 1e-4);
        }
    }

    @Test
    void sentimentSeparatesObviousPosts() {
        TaskModel m = ShippedModels.load(TweetEvalTask.SENTIMENT, null, base, tokenizer, kernels);
        assertEquals("positive", top(m, "I absolutely love this new phone, best purchase of the year! 😍"));
        assertEquals("negative", top(m, "Worst customer service ever. Three hours on hold and they hung up on me. Furious."));
    }

    @Test
    void emotionSeparatesObviousPosts() {
        TaskModel m = ShippedModels.load(TweetEvalTask.EMOTION, null, base, tokenizer, kernels);
        assertEquals("anger", top(m, "I am so angry right now, they cancelled my flight AGAIN without telling anyone!!"));
        assertEquals("joy", top(m, "Best day ever!! Got the job and my friends threw me a surprise party 🎉"));
    }

    private static String top(TaskModel m, String text) {
        float[] p = m.probabilities(List.of(text))[0];
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return m.labels().get(best);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readJson(String resource) throws IOException {
        try (InputStream in = ShippedModels.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return (Map<String, Object>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
