package dev.starling.analysis.classify;

import dev.starling.analysis.models.BaseEncoder;
import dev.starling.analysis.models.BuildCommit;
import dev.starling.analysis.tasks.LabeledText;
import dev.starling.analysis.tasks.TweetEvalData;
import dev.starling.analysis.tasks.TweetEvalTask;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.train.Metrics;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains {@link SharedHead}s for other TweetEval tasks on the shipped sentiment model's encoder:
 * the encoder runs once over each split, then a softmax head per L2 setting is fitted on the
 * pooled vectors and the one with the best validation score (official metric) is kept.
 * {@code main(datasets, outputRoot, tasks...)}.
 */
public final class SharedHeadTraining {
    static final double[] L2 = {1e-4, 1e-3, 1e-2};
    static final int STEPS = 300;

    private SharedHeadTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path datasets = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Kernels kernels = KernelRegistry.create(Runtime.getRuntime().availableProcessors());
        TaskModel sentiment = ShippedModels.load(TweetEvalTask.SENTIMENT, args.length > 2 && !args[2].equals("-") ? Path.of(args[2]) : null,
                BaseEncoder.minilm(), BaseEncoder.minilmTokenizer(), kernels);
        for (int a = 3; a < args.length; a++) {
            TweetEvalTask task = TweetEvalTask.of(args[a]);
            long start = System.nanoTime();
            SharedHead head = train(datasets, task, sentiment);
            head.save(out.resolve(task.id()));
            System.out.printf(Locale.ROOT, "%s: %s in %.0f s%n", task.id(), head.provenance(), (System.nanoTime() - start) / 1e9);
        }
        kernels.parallel().close();
    }

    static SharedHead train(Path datasets, TweetEvalTask task, TaskModel encoder) {
        List<String> labels = TweetEvalData.labelNames(datasets, task);
        Split train = embed(datasets, task, "train", encoder);
        Split val = embed(datasets, task, "val", encoder);
        Split test = embed(datasets, task, "test", encoder);
        SharedHead best = null;
        double bestVal = -1;
        double bestL2 = 0;
        for (double l2 : L2) {
            SharedHead h = SharedHead.fit(task.id(), "sentiment", labels, train.x, train.y, l2, STEPS);
            double v = score(task, h, val, labels.size());
            if (v > bestVal) {
                best = h;
                bestVal = v;
                bestL2 = l2;
            }
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("method", "softmax head on the shipped sentiment model's pooled encoder output (shared pass)");
        p.put("command", "java dev.starling.analysis.classify.SharedHeadTraining <datasets> <out> - " + task.id());
        p.put("commit", BuildCommit.current());
        p.put("data", "tweeteval/datasets/" + task.id() + " train/val/test");
        p.put("l2", bestL2);
        p.put("steps", STEPS);
        p.put("train_examples", train.y.length);
        p.put("metric", task.metric().label());
        p.put("validation_score", bestVal);
        p.put("test_score", score(task, best, test, labels.size()));
        return best.withProvenance(p);
    }

    private record Split(float[][] x, int[] y) {
    }

    private static Split embed(Path datasets, TweetEvalTask task, String split, TaskModel encoder) {
        List<LabeledText> data = TweetEvalData.load(datasets, task, split);
        int[] y = data.stream().mapToInt(LabeledText::label).toArray();
        return new Split(encoder.pooled(data.stream().map(LabeledText::text).toList()), y);
    }

    static double score(TweetEvalTask task, SharedHead h, Split s, int k) {
        Metrics m = new Metrics(k);
        for (int i = 0; i < s.y.length; i++) {
            float[] p = h.probabilities(s.x[i]);
            int best = 0;
            for (int o = 1; o < k; o++) {
                best = p[o] > p[best] ? o : best;
            }
            m.add(s.y[i], best);
        }
        return task.metric().score(m);
    }
}
