package dev.starling.bench.topics;

import dev.starling.analysis.topics.TopicConfig;
import dev.starling.analysis.topics.TopicDocument;
import dev.starling.analysis.topics.TopicPipeline;
import dev.starling.analysis.topics.Topics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The topic pipeline alone (no embedding) at corpus scale: real tweet embeddings and texts tiled to
 * N posts, each copy's vector perturbed by seeded noise (σ = 0.02 per unit vector) so that no two are
 * equal. Times fit + assignment + keywords and reports the heap in use. Embedding time is separate
 * (see the embed benchmarks).
 *
 * <p>Usage: {@code TopicsScale TEXTS.txt EMBEDDINGS.jsonl N}
 */
public final class TopicsScale {
    private TopicsScale() {
    }

    public static void main(String[] args) throws IOException {
        List<String> texts = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        float[][] base = TopicQuality.readEmbeddings(Path.of(args[1]));
        int n = Integer.parseInt(args[2]);
        SplittableRandom r = new SplittableRandom(1);
        float[][] x = new float[n][];
        List<TopicDocument> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            float[] v = base[i % base.length].clone();
            double norm = 0;
            for (int j = 0; j < v.length; j++) {
                v[j] += (float) (0.02 * (r.nextDouble() - 0.5) * Math.sqrt(12.0 / v.length));
                norm += v[j] * v[j];
            }
            for (int j = 0; j < v.length; j++) {
                v[j] /= (float) Math.sqrt(norm);
            }
            x[i] = v;
            docs.add(TopicDocument.of(texts.get(i % texts.size())));
        }
        for (int run = 0; run < 5; run++) {
            long t0 = System.nanoTime();
            Topics t = TopicPipeline.standard(TopicConfig.defaults()).run(x, docs);
            double s = (System.nanoTime() - t0) / 1e9;
            Runtime rt = Runtime.getRuntime();
            System.out.printf("run %d: %,d posts, %d topics, %.2f%% outliers, %.1f s, heap used %.0f MB%n", run + 1, t.posts(),
                    t.topics().size(), 100 * t.outlierShare(), s, (rt.totalMemory() - rt.freeMemory()) / 1e6);
        }
    }
}
