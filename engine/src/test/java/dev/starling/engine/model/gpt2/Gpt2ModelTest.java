package dev.starling.engine.model.gpt2;

import dev.starling.engine.autograd.Tape;
import dev.starling.engine.format.safetensors.SafetensorsWriter;
import dev.starling.engine.generate.KvCache;
import dev.starling.engine.model.gpt.GptConfig;
import dev.starling.engine.model.gpt.TrainableGpt;
import dev.starling.engine.nn.ProjectionFactory;
import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.ops.Parallel;
import dev.starling.engine.ops.VectorKernels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inference GPT-2 against the trainable one (autograd code, written independently) on a tiny
 * config saved the way {@code starling pretrain --objective clm} saves it. Tolerance 1e-4 on logits.
 */
class Gpt2ModelTest {
    static final GptConfig TINY = new GptConfig(99, 32, 2, 4, 128, 24, 1e-5f);
    static final int[] TOKENS = {2, 40, 7, 98, 13, 13, 61, 5, 0};
    final Kernels k = new VectorKernels(Parallel.of(2));

    @Test
    void loadsATrainableGptCheckpointAndGivesItsLogits(@TempDir Path dir) throws IOException {
        TrainableGpt trained = TrainableGpt.random(TINY, 0f, 3);
        save(trained, dir);
        Gpt2Model m = Gpt2Loader.load(dir, k, ProjectionFactory.f32(k));
        float[] expected = trained.logits(Tape.noGrad(k), RaggedBatch.of(List.of(TOKENS)), null).data();
        float[] actual = m.forwardAll(TOKENS, 0, m.newCache(TOKENS.length));
        assertEquals(expected.length, actual.length);
        assertClose(expected, 0, actual);
    }

    @Test
    void kvCacheDecodingGivesTheFullForwardsLogits(@TempDir Path dir) throws IOException {
        save(TrainableGpt.random(TINY, 0f, 4), dir);
        Gpt2Model m = Gpt2Loader.load(dir, k, ProjectionFactory.f32(k));
        float[] full = m.forwardAll(TOKENS, 0, m.newCache(TOKENS.length));
        KvCache cache = m.newCache(TOKENS.length);
        m.forward(new int[] {TOKENS[0], TOKENS[1], TOKENS[2]}, 0, cache);
        for (int t = 3; t < TOKENS.length; t++) {
            assertClose(full, t * 99, m.forward(new int[] {TOKENS[t]}, t, cache));
        }
    }

    @Test
    void tanhGeluIsGpt2sDefaultAndMissingFilesAreNamed(@TempDir Path dir) {
        Gpt2Config c = Gpt2Config.fromJson("{\"vocab_size\": 50257, \"n_embd\": 768, \"n_layer\": 12, \"n_head\": 12, \"n_positions\": 1024}");
        assertTrue(c.tanhGelu());
        assertEquals(3072, c.intermediate());
        IOException e = assertThrows(IOException.class, () -> Gpt2Loader.load(dir, k, ProjectionFactory.f32(k)));
        assertTrue(e.getMessage().contains("config.json"), e.getMessage());
    }

    static void save(TrainableGpt gpt, Path dir) throws IOException {
        SafetensorsWriter.write(dir.resolve("model.safetensors"), gpt.weights(), Map.of("format", "starling-gpt"));
        GptConfig c = gpt.config();
        Files.writeString(dir.resolve("config.json"), "{\"model_type\": \"starling-gpt\", \"vocab_size\": " + c.vocabSize()
                + ", \"n_embd\": " + c.hidden() + ", \"n_layer\": " + c.layers() + ", \"n_head\": " + c.heads()
                + ", \"n_inner\": " + c.intermediate() + ", \"n_positions\": " + c.maxPositions()
                + ", \"layer_norm_epsilon\": " + c.layerNormEps() + "}");
    }

    static void assertClose(float[] expected, int off, float[] actual) {
        float worst = 0;
        for (int i = 0; i < actual.length; i++) {
            worst = Math.max(worst, Math.abs(expected[off + i] - actual[i]));
        }
        assertTrue(worst <= 1e-4f, "max |Δ| = " + worst);
    }
}
