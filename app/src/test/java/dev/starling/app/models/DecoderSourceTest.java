package dev.starling.app.models;

import dev.starling.engine.model.gpt.GptConfig;
import dev.starling.engine.model.gpt.GptGgufExport;
import dev.starling.engine.model.gpt.TrainableGpt;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tokenizer.bpetrain.ByteLevelBpe;
import dev.starling.engine.tokenizer.bpetrain.ByteLevelBpeTrainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecoderSourceTest {
    @Test
    void listsGgufDecodersInAFolderWithParametersQualityAndMeasuredSpeed(@TempDir Path dir) throws Exception {
        ByteLevelBpe bpe = new ByteLevelBpeTrainer(300, 2, List.of("<|endoftext|>"))
                .train(List.of("I love this new phone", "I love this new phone", "the game tonight", "the game tonight"));
        GptConfig c = new GptConfig(bpe.vocabSize(), 32, 2, 4, 128, 32, 1e-5f);
        GptGgufExport.write(dir.resolve("tiny.gguf"), TrainableGpt.random(c, 0f, 1), c, bpe.vocab(), bpe.merges(),
                bpe.vocabSize() - 1, false, Map.of());
        Files.writeString(dir.resolve("tiny.json"), "{\"held_out_perplexity\": 123.45}");
        Files.writeString(dir.resolve("broken.gguf"), "not a gguf file");
        Kernels k = KernelRegistry.create(2);
        try {
            List<ModelInfo> all = new DecoderSource().list(new ModelContext(k, true, List.of(dir)));
            List<ModelInfo> tiny = all.stream().filter(m -> m.name().endsWith("tiny.gguf")).toList();
            assertEquals(1, tiny.size(), all.toString());
            ModelInfo m = tiny.get(0);
            long expected = 2L * bpe.vocabSize() * 32 + 32L * 32 + 2 * (4 * 32 + 32 * 96 + 96 + 32 * 32 + 32 + 32 * 128 + 128 + 128 * 32 + 32) + 2 * 32;
            assertEquals(expected, m.parameters());
            assertEquals(ModelInfo.Kind.DECODER, m.kind());
            assertTrue(m.speed() > 0, "decode tokens/s measured: " + m.speed());
            assertEquals("held-out perplexity 123.5 per BPE token (tweets)", m.quality());
            assertTrue(m.qualityScore() < 0, "perplexity: lower is better");
            assertTrue(all.stream().noneMatch(x -> x.name().endsWith("broken.gguf")), "an unreadable file is left out");
        } finally {
            k.parallel().close();
        }
    }
}
