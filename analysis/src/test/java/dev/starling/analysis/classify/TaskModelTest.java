package dev.starling.analysis.classify;

import dev.starling.analysis.models.BaseEncoder;
import dev.starling.engine.autograd.Tape;
import dev.starling.engine.autograd.Variable;
import dev.starling.engine.model.bert.BertClassifier;
import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tokenizer.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A LoRA classifier saved in compact form and loaded back on the fast inference path (adapters
 * merged into the base weights) gives the same probabilities as the training-time model.
 */
class TaskModelTest {
    @TempDir
    Path dir;

    @Test
    void savedAdaptersReproduceTheTrainedModel() throws IOException {
        Kernels k = KernelRegistry.create(2);
        BaseEncoder base = BaseEncoder.minilm();
        Tokenizer tok = BaseEncoder.minilmTokenizer();
        BertClassifier c = BertClassifier.create(base.config(), base.weights()::get, 3, BertClassifier.Method.LORA, 4, 0f, 7);
        Random r = new Random(3);
        for (Variable v : c.trainable()) {
            float[] d = v.data();
            for (int i = 0; i < d.length; i++) {
                d[i] += (float) (r.nextGaussian() * 0.05); // as if trained: B no longer zero
            }
        }
        List<String> posts = List.of("I love this new phone!", "worst service ever", "meh. it's a tuesday");
        float[] logits = c.logits(Tape.noGrad(k), RaggedBatch.of(posts.stream().map(p -> tok.encode(p, 64).ids()).toList()), null).data();
        TaskModel.save(dir, c, new TaskModel.Description("sentiment", List.of("negative", "neutral", "positive"),
                BertClassifier.Method.LORA, 4, 64), Map.of("provenance", Map.of("seed", 7)));
        assertTrue(Files.isRegularFile(dir.resolve("PROVENANCE.json")));
        assertTrue(Files.size(dir.resolve(TaskModel.WEIGHTS)) < 1_000_000, "compact: only adapters and head are stored");
        float[][] p = TaskModel.load(dir, base, tok, k).probabilities(posts);
        for (int i = 0; i < posts.size(); i++) {
            double max = Math.max(logits[3 * i], Math.max(logits[3 * i + 1], logits[3 * i + 2]));
            double sum = 0;
            for (int j = 0; j < 3; j++) {
                sum += Math.exp(logits[3 * i + j] - max);
            }
            for (int j = 0; j < 3; j++) {
                assertEquals(Math.exp(logits[3 * i + j] - max) / sum, p[i][j], 1e-4, "post " + i + " class " + j);
            }
        }
        k.parallel().close();
    }
}
