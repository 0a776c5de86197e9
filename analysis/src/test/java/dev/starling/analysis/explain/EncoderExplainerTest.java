package dev.starling.analysis.explain;

import dev.starling.analysis.classify.TaskModel;
import dev.starling.analysis.tasks.TweetEvalTask;
import dev.starling.engine.embed.SentencePooling;
import dev.starling.engine.ops.KernelRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EncoderExplainerTest {
    private static EncoderExplainer offensive;
    private static TaskModel model;
    private static ExplainSettings settings;

    @BeforeAll
    static void load() {
        settings = new ExplainSettings(KernelRegistry.create(2), ExplainSettings.DEFAULT_STEPS);
        model = TaskModelExplainers.load(TweetEvalTask.OFFENSIVE, settings);
        offensive = TaskModelExplainers.of(model, settings);
    }

    @Test
    void differentiableEncoderMatchesTheInferencePath() {
        String text = "you are a useless clown";
        float[] fast = model.pooled(List.of(text))[0];
        IntegratedGradients ig = new IntegratedGradients(model.differentiableEncoder(), settings.kernels(), SentencePooling.MEAN);
        float[] slow = ig.pooled(model.tokenizer().encode(text, model.maxTokens()).ids());
        for (int j = 0; j < fast.length; j++) {
            assertEquals(fast[j], slow[j], 1e-4, "pooled[" + j + "]");
        }
    }

    @Test
    void plantedInsultGetsTheLargestAttribution() {
        Explanation e = offensive.explain("I hate you idiot", "offensive");
        String top = e.top(1).getFirst().token();
        assertTrue(List.of("idiot", "hate").contains(top), "top token " + top + " in " + e.tokens());
        assertTrue(e.top(1).getFirst().value() > 0, "the insult raises P(offensive)");
        assertTrue(e.score() > e.baselineScore(), "the insult is more offensive than [PAD]s");
    }

    @Test
    void predictedLabelIsExplainedWhenNoneIsGiven() {
        Explanation e = offensive.explain("I hate you idiot", null);
        assertEquals("offensive", e.label());
        assertEquals(4, e.tokens().size(), "one attribution per word piece, [CLS]/[SEP] left out: " + e.tokens());
    }

    @Test
    void attentionRowsAreDistributions() {
        AttentionMaps maps = offensive.attention("good morning");
        assertNotNull(maps);
        assertEquals(6, maps.layers());
        assertEquals(12, maps.heads());
        int t = maps.tokens().size();
        assertEquals(List.of("[CLS]", "good", "morning", "[SEP]"), maps.tokens());
        for (int l = 0; l < maps.layers(); l++) {
            for (int h = 0; h < maps.heads(); h++) {
                for (int i = 0; i < t; i++) {
                    double sum = 0;
                    for (int j = 0; j < t; j++) {
                        sum += maps.weight(l, h, i, j);
                    }
                    assertEquals(1.0, sum, 1e-4, "layer " + l + " head " + h + " row " + i);
                }
            }
        }
    }
}
