package dev.starling.analysis.zh;

import dev.starling.analysis.models.ShippedResources;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Retrains the Chinese sentiment model from ../shared/datasets with the shipped seed (profile
 * "datasets", several minutes: all 10,000 posts go through the encoder): every line is read, no
 * held-out mid or text is in training, the held-out accuracy is the shipped model's within 0.01,
 * and the shipped model scores the same on the held-out posts.
 */
@Tag("datasets")
class ChineseSentimentDatasetTest {
    @Test
    @SuppressWarnings("unchecked")
    void retrainingReproducesTheShippedHeldOutScores() {
        String p = System.getProperty("starling.datasets");
        if (p == null || !Files.isDirectory(Path.of(p))) {
            fail("datasets not found: " + p);
        }
        Kernels kernels = KernelRegistry.create(2);
        try {
            ChineseSentimentTraining.Result r = ChineseSentimentTraining.train(Path.of(p), ChineseSentimentTraining.SEED,
                    ChineseEncoder.load(kernels));
            assertEquals(List.of(), r.problems());
            assertEquals(10_000, r.split().train().size() + r.split().test().size() + r.split().duplicates() + r.split().conflicts());
            Set<String> mids = new HashSet<>();
            Set<String> texts = new HashSet<>();
            r.split().train().forEach(w -> {
                mids.add(w.mid());
                texts.add(WeiboData.key(w.text()));
            });
            for (WeiboPost w : r.split().test()) {
                assertFalse(mids.contains(w.mid()), "held-out mid in training: " + w.mid());
                assertFalse(texts.contains(WeiboData.key(w.text())), "held-out text in training: " + w.mid());
            }
            SentimentScores got = r.heldOut().get("combined");
            Map<String, Object> shippedScores = (Map<String, Object>) ((Map<String, Object>) ShippedResources.json(
                    ChineseSentiment.RESOURCE_PREFIX + ChineseSentiment.PROVENANCE).get("test_score")).get("combined");
            double shipped = ((Number) shippedScores.get("accuracy")).doubleValue();
            System.out.println("retrained held-out: " + r.heldOut() + "; shipped provenance: " + shippedScores);
            assertEquals(shipped, got.accuracy(), 0.01);
            assertTrue(got.accuracy() > 0.82 && got.macroF1() > 0.82, got.toString());

            SentimentScores shippedNow = ChineseSentimentTraining.score(ChineseSentiment.shipped(kernels), r.split().test()).get("combined");
            assertEquals(got.accuracy(), shippedNow.accuracy(), 0.01, "the shipped model on the same held-out posts");
        } finally {
            kernels.parallel().close();
        }
    }
}
