package dev.starling.analysis.tasks;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The proof that no sentiment test tweet leaks into training: after cleaning, no training tweet
 * shares its normalised key with any TweetEval sentiment test (or validation) tweet. Reads
 * ../shared/datasets (profile "datasets").
 */
@Tag("datasets")
class SentimentLeakTest {
    @Test
    void noTestOrValidationTweetIsInTheTrainingPool() {
        String p = System.getProperty("starling.datasets");
        if (p == null || !Files.isDirectory(Path.of(p))) {
            fail("datasets not found: " + p);
        }
        Path datasets = Path.of(p);
        SemEvalPool.Pool pool = SemEvalPool.training(datasets);
        List<String> names = TweetEvalData.labelNames(datasets, TweetEvalTask.SENTIMENT);
        Set<String> test = SemEvalPool.keys(TweetEvalData.read(TweetEvalData.root(datasets).resolve("sentiment"), "test", names));
        Set<String> val = SemEvalPool.keys(TweetEvalData.read(TweetEvalData.root(datasets).resolve("sentiment"), "val", names));
        Set<String> train = new HashSet<>();
        for (LabeledText t : pool.examples()) {
            String key = SemEvalPool.key(t.text());
            assertTrue(!test.contains(key), "test tweet in training: " + t.text());
            assertTrue(!val.contains(key), "validation tweet in training: " + t.text());
            train.add(key);
        }
        assertEquals(pool.examples().size(), train.size(), "training pool is deduplicated");
        assertTrue(pool.examples().size() > 30_000, "pool has " + pool.examples().size() + " tweets");
        System.out.printf("SemEval pool: %d read, %d duplicates, %d removed as test tweets, %d as validation tweets, %d kept%n",
                pool.read(), pool.duplicates(), pool.removedAsTest(), pool.removedAsValidation(), pool.examples().size());
    }
}
