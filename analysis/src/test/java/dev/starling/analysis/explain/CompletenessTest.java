package dev.starling.analysis.explain;

import dev.starling.engine.ops.KernelRegistry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Completeness on every registered classifier: Σ attributions = F(x) − F(x') within
 * {@link #tolerance} (integrated gradients, m = 64) or exactly (linear models, up to rounding).
 */
class CompletenessTest {
    /** The stated tolerance: |gap| ≤ 1 % of |F(x) − F(x')| + 1e-3. */
    static double tolerance(Explanation e) {
        return 0.01 * Math.abs(e.score() - e.baselineScore()) + 1e-3;
    }

    private static final Map<String, String> TEXT = Map.of(
            "sentiment-zh", "今天的天气真好，我很开心",
            "spam", "WIN a FREE iPhone now!! click http://bit.ly/x");

    @Test
    void everyClassifierIsComplete() {
        ExplainSettings s = new ExplainSettings(KernelRegistry.create(2), ExplainSettings.DEFAULT_STEPS);
        List<String> tasks = ExplainerProvider.allTasks();
        assertTrue(tasks.containsAll(List.of("sentiment", "offensive", "shared-offensive", "spam", "sentiment-zh")), tasks.toString());
        List<String> report = new ArrayList<>();
        for (String task : tasks) {
            Explainer ex = ExplainerProvider.find(task, s).orElseThrow();
            assertEquals(task, ex.task());
            for (String label : List.of(ex.labels().getLast())) {
                Explanation e = ex.explain(TEXT.getOrDefault(task, "lovely day, thanks"), label);
                report.add(String.format(java.util.Locale.ROOT, "%s/%s F=%.4f F'=%.4f sum=%.4f gap=%.2e",
                        task, label, e.score(), e.baselineScore(), e.total(), e.completenessGap()));
                assertTrue(Math.abs(e.completenessGap()) <= tolerance(e), report.getLast());
                assertTrue(e.tokens().size() >= 2, task + " has token attributions");
            }
        }
        System.out.println(String.join("\n", report));
    }
}
