package dev.starling.engine.model.gpt2;

import dev.starling.engine.format.safetensors.SafetensorsWriter;
import dev.starling.engine.generate.Generation;
import dev.starling.engine.generate.LanguageModel;
import dev.starling.engine.generate.LanguageModels;
import dev.starling.engine.generate.SamplingConfig;
import dev.starling.engine.generate.TextGeneration;
import dev.starling.engine.model.gpt.GptConfig;
import dev.starling.engine.model.gpt.TrainableGpt;
import dev.starling.engine.ops.Parallel;
import dev.starling.engine.ops.VectorKernels;
import dev.starling.engine.tokenizer.bpetrain.ByteLevelBpe;
import dev.starling.engine.tokenizer.bpetrain.ByteLevelBpeTrainer;
import dev.starling.engine.tokenizer.bpetrain.TokenizerJsonExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A directory as {@code pretrain --objective clm} writes it (byte-level BPE tokenizer.json trained
 * here, {@code <|endoftext|>} as bos/eos) loads through the registry and generates.
 */
class Gpt2DirectoryLoaderTest {
    @Test
    void aClmDirectoryWithAByteLevelBpeVocabularyGenerates(@TempDir Path dir) throws IOException {
        List<String> texts = List.of("i love this new phone", "the camera is amazing", "love the game tonight",
                "so excited about the new camera", "why is it raining again");
        ByteLevelBpe bpe = new ByteLevelBpeTrainer(300, 1, List.of("<|endoftext|>")).train(texts);
        int v = bpe.vocabSize();
        SafetensorsWriter.write(dir.resolve("model.safetensors"),
                TrainableGpt.random(new GptConfig(v, 32, 1, 2, 64, 32, 1e-5f), 0f, 1).weights(), Map.of());
        Files.writeString(dir.resolve("config.json"), "{\"model_type\": \"starling-gpt\", \"vocab_size\": " + v
                + ", \"n_embd\": 32, \"n_layer\": 1, \"n_head\": 2, \"n_inner\": 64, \"n_positions\": 32,"
                + " \"bos_token\": \"<|endoftext|>\", \"eos_token\": \"<|endoftext|>\"}");
        Files.writeString(dir.resolve("tokenizer.json"), TokenizerJsonExport.json(bpe, v - 1));
        try (LanguageModel lm = LanguageModels.load(dir, new VectorKernels(Parallel.of(2)), false)) {
            int[] ids = lm.codec().encode("i love the camera");
            assertEquals(v - 1, ids[0], "every prompt starts with <|endoftext|>");
            assertEquals("i love the camera", lm.codec().decode(ids));
            assertTrue(lm.codec().isEndOfText(v - 1));
            Generation g = TextGeneration.pipeline(lm).generate("i love the camera", SamplingConfig.greedy().toBuilder().maxTokens(8).build());
            assertTrue(g.tokenIds().length >= 1 && g.tokenIds().length <= 8, "generated " + g.tokenIds().length);
        }
    }
}
