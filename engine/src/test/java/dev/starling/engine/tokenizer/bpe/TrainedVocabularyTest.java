package dev.starling.engine.tokenizer.bpe;

import dev.starling.engine.tokenizer.bpetrain.ByteLevelBpe;
import dev.starling.engine.tokenizer.bpetrain.ByteLevelBpeTrainer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A vocabulary from our trainer, run by the general byte-level tokenizer: same ids as the trainer's encoder. */
class TrainedVocabularyTest {

    @Test
    void idsEqualHuggingFaceOnTheExportedVocabularyAndDecodeBack(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        List<String> corpus = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            corpus.add("so so tired of waiting for the bus 😩 #" + i);
            corpus.add("今天天气很好，我们去公园吧！ can't wait");
        }
        ByteLevelBpe trained = new ByteLevelBpeTrainer(400, 2, List.of("<|endoftext|>")).train(corpus);
        ByteLevelBpeTokenizer t = ByteLevelBpeTokenizer.of(trained, trained.vocabSize() - 1);
        assertTrue(trained.merges().size() > 50, "merges learned: " + trained.merges().size());
        // the reference: HF tokenizers reading the same vocabulary as tokenizer.json
        java.nio.file.Path json = dir.resolve("tokenizer.json");
        java.nio.file.Files.writeString(json, dev.starling.engine.tokenizer.bpetrain.TokenizerJsonExport.json(trained, trained.vocabSize() - 1));
        try (ai.djl.huggingface.tokenizers.HuggingFaceTokenizer hf = ai.djl.huggingface.tokenizers.HuggingFaceTokenizer.builder()
                .optTokenizerPath(json).optAddSpecialTokens(false).optTruncation(false).optPadding(false).build()) {
            for (String s : List.of("so tired of the bus 😩", "公园 can't wait #7", "new words 👩‍👩‍👧")) {
                int[] ref = java.util.Arrays.stream(hf.encode(s).getIds()).mapToInt(x -> (int) x).toArray();
                assertArrayEquals(ref, t.tokenize(s), s);
                assertEquals(s, t.decode(t.tokenize(s)));
            }
        }
        assertArrayEquals(new int[] {trained.vocabSize() - 1}, t.encode("<|endoftext|>", true));
    }
}
