package dev.starling.analysis.topics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Blobs of unit vectors around k random centres, each blob with its own words: a corpus whose topics are known. */
final class SyntheticCorpus {
    static final String[][] WORDS = {
        {"football", "goal", "match", "league"}, {"recipe", "pasta", "dinner", "kitchen"},
        {"election", "vote", "senate", "policy"}, {"guitar", "concert", "album", "band"},
        {"python", "code", "compiler", "bug"}, {"flight", "beach", "hotel", "passport"}};

    final float[][] embeddings;
    final List<TopicDocument> documents = new ArrayList<>();
    final int[] truth;

    SyntheticCorpus(int perTopic, int dim, double noise, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int k = WORDS.length;
        float[][] centres = new float[k][];
        for (int c = 0; c < k; c++) {
            centres[c] = unit(gaussian(r, dim, 1.0, null));
        }
        embeddings = new float[k * perTopic][];
        truth = new int[k * perTopic];
        for (int i = 0; i < k * perTopic; i++) {
            int c = i % k;   // interleaved, as a real stream mixes topics
            truth[i] = c;
            embeddings[i] = unit(gaussian(r, dim, noise, centres[c]));
            String[] w = WORDS[c];
            String text = "I think " + w[r.nextInt(4)] + " and " + w[r.nextInt(4)] + " @someone https://t.co/x " + w[r.nextInt(4)];
            documents.add(new TopicDocument(text, "en", Instant.parse("2026-06-01T10:00:00Z").plusSeconds(3600L * i), i % 2 == 0 ? "x" : "reddit"));
        }
    }

    private static float[] gaussian(SplittableRandom r, int dim, double sd, float[] mean) {
        float[] v = new float[dim];
        for (int j = 0; j < dim; j++) {
            double g = Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
            v[j] = (float) ((mean == null ? 0 : mean[j]) + sd * g / Math.sqrt(dim));
        }
        return v;
    }

    private static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        for (int j = 0; j < v.length; j++) {
            v[j] /= (float) Math.sqrt(n);
        }
        return v;
    }
}
