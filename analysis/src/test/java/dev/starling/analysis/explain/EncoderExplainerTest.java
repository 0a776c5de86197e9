package dev.starling.analysis.explain;

import dev.starling.engine.ops.KernelRegistry;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class EncoderExplainerTest {
    @Test
    void probe() {
        ExplainSettings s = new ExplainSettings(KernelRegistry.create(2), 64);
        Explainer e = ExplainerProvider.find("offensive", s).orElseThrow();
        for (int m : new int[] {8, 16, 32, 64}) {
            Explainer em = TaskModelExplainers.of(TaskModelExplainers.load(dev.starling.analysis.tasks.TweetEvalTask.OFFENSIVE, s),
                    new ExplainSettings(s.kernels(), m));
            long t0 = System.nanoTime();
            Explanation x = em.explain("I hate you idiot", "offensive");
            System.out.printf("m=%d %.0f ms F=%.5f F0=%.5f sum=%.5f gap=%.6f top=%s%n", m, (System.nanoTime() - t0) / 1e6,
                    x.score(), x.baselineScore(), x.total(), x.completenessGap(), x.top(3));
        }
        assertTrue(e.labels().size() > 1);
    }
}
