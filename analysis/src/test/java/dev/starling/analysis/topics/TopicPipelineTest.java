package dev.starling.analysis.topics;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicPipelineTest {
    private static final SyntheticCorpus CORPUS = new SyntheticCorpus(80, 64, 0.8, 7);

    private static Topics run(TopicConfig config) {
        return TopicPipeline.standard(config).run(CORPUS.embeddings, CORPUS.documents);
    }

    @Test
    void findsThePlantedTopicsWithTheirWords() {
        Topics t = run(TopicConfig.defaults().withSampleSize(300).withMinClusterSize(15));
        assertEquals(6, t.topics().size(), "six blobs, six topics");
        for (Topic topic : t.topics()) {
            List<String> top = topic.words(4);
            boolean oneBlob = false;
            for (String[] words : SyntheticCorpus.WORDS) {
                oneBlob |= List.of(words).containsAll(top);
            }
            assertTrue(oneBlob, "keywords of one blob only: " + top);
            assertTrue(!top.contains("someone") && !top.contains("think") && !top.contains("https"), top.toString());
        }
    }

    @Test
    void sameSeedSameTopicsDifferentSeedStillValid() {
        TopicConfig c = TopicConfig.defaults().withSampleSize(200).withMinClusterSize(10);
        Topics a = run(c);
        Topics b = run(c);
        assertEquals(a.topics(), b.topics());
        assertEquals(a.merges(), b.merges());
        assertEquals(a.overTime().keySet(), b.overTime().keySet());
        a.overTime().forEach((k, v) -> assertArrayEquals(v, b.overTime().get(k)));
    }

    @Test
    void outliersAreReassignedByDefault() {
        Topics t = run(TopicConfig.defaults().withSampleSize(300));
        assertEquals(0, t.outliers());
        assertEquals(CORPUS.embeddings.length, t.topics().stream().mapToLong(Topic::size).sum());
        Topics kept = TopicPipeline.standard(TopicConfig.defaults().withSampleSize(300).withReassignOutliers(false))
                .run(noisy(), CORPUS.documents);
        assertTrue(kept.outliers() > 0, "without reassignment pure noise stays noise");
    }

    @Test
    void mergesToTheTargetCountAndKeepsGroupsAndTime() {
        Topics t = run(TopicConfig.defaults().withSampleSize(300).withTargetTopics(3));
        assertEquals(3, t.topics().size());
        assertEquals(2, t.merges().size(), "the hierarchy over 3 topics has 2 merges");
        assertEquals(List.of("reddit", "x"), List.copyOf(t.perGroup().keySet()));
        long overTime = t.overTime().values().stream().mapToLong(v -> java.util.Arrays.stream(v).sum()).sum();
        assertEquals(CORPUS.embeddings.length, overTime);
    }

    @Test
    void assignmentAgreesWithThePlantedBlobs() {
        TopicPipeline p = TopicPipeline.standard(TopicConfig.defaults().withSampleSize(200).withMinClusterSize(15));
        TopicModel model = p.fit(java.util.Arrays.copyOf(CORPUS.embeddings, 200));
        Map<Integer, Map<Integer, Integer>> confusion = new HashMap<>();
        for (int i = 0; i < CORPUS.embeddings.length; i++) {
            int topic = model.assign(CORPUS.embeddings[i]).topic();
            confusion.computeIfAbsent(CORPUS.truth[i], k -> new HashMap<>()).merge(topic, 1, Integer::sum);
        }
        for (Map<Integer, Integer> row : confusion.values()) {
            int max = row.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            assertTrue(max >= 0.95 * 80, "a blob lands in one topic: " + row);
        }
    }

    /** Half blobs, half uniform noise. */
    private static float[][] noisy() {
        float[][] x = CORPUS.embeddings.clone();
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int i = 0; i < x.length; i += 2) {
            float[] v = new float[x[i].length];
            double n = 0;
            for (int j = 0; j < v.length; j++) {
                v[j] = (float) (r.nextDouble() - 0.5);
                n += v[j] * v[j];
            }
            for (int j = 0; j < v.length; j++) {
                v[j] /= (float) Math.sqrt(n);
            }
            x[i] = v;
        }
        return x;
    }
}
