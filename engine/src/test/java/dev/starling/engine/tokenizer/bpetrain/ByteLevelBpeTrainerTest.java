package dev.starling.engine.tokenizer.bpetrain;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.starling.engine.tokenizer.bpe.ByteLevelBpeTokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ByteLevelBpeTrainerTest {
    static final List<String> CORPUS = corpus();

    static List<String> corpus() {
        String[] base = {
            "I love this new phone! The camera is amazing.",
            "@user can't wait for the game tonight #NBA 🏀🔥",
            "so so tired of waiting for the bus 😩 http://t.co/abc",
            "Loving   the weather today,\ttruly lovely\n",
            "今天天气很好，我们去公园吧！",
            "مرحبا بالعالم — hello world",
            "def f(x): return x ** 2  # code",
            "👩‍👩‍👧‍👦 family time 👍🏽 1,234.56 dollars",
        };
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            for (String s : base) {
                out.add(i % 2 == 0 ? s : s.toLowerCase());
            }
        }
        return out;
    }

    @Test
    void mostFrequentPairIsMergedFirstAndTiesAreDeterministic() {
        ByteLevelBpe bpe = new ByteLevelBpeTrainer(260, 1, List.of()).train(List.of("aaab aaab aaab", "ab ab"));
        // "aaab"×3 and " aaab"... pairs: (a,a) is most frequent
        assertEquals("a a", bpe.merges().get(0));
        ByteLevelBpe again = new ByteLevelBpeTrainer(260, 1, List.of()).train(List.of("aaab aaab aaab", "ab ab"));
        assertEquals(bpe.merges(), again.merges());
    }

    @Test
    void encodeThenDecodeGivesTheTextBack() {
        ByteLevelBpe bpe = new ByteLevelBpeTrainer(400, 2, List.of("<|endoftext|>")).train(CORPUS);
        assertEquals(400, bpe.vocabSize());
        assertEquals("<|endoftext|>", bpe.vocab().get(399));
        // the small corpus runs out of pairs seen twice before a large vocabulary is full
        assertTrue(new ByteLevelBpeTrainer(5000, 2, List.of()).train(CORPUS).vocabSize() < 5000);
        ByteLevelBpeTokenizer tok = ByteLevelBpeTokenizer.of(bpe, 399);
        for (String s : CORPUS.subList(0, 8)) {
            int[] ids = tok.tokenize(s);
            assertEquals(s, tok.decode(ids, false));
            assertTrue(ids.length < s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, "merges shorten frequent text: " + s);
        }
        assertEquals("unseen wörds ✓", tok.decode(tok.tokenize("unseen wörds ✓"), false));
    }

    @Test
    void idsEqualHuggingFaceTokenizersOnTheExportedTokenizerJson(@TempDir Path dir) throws Exception {
        ByteLevelBpe bpe = new ByteLevelBpeTrainer(450, 2, List.of("<|endoftext|>")).train(CORPUS);
        Path json = dir.resolve("tokenizer.json");
        Files.writeString(json, TokenizerJsonExport.json(bpe, 449));
        try (HuggingFaceTokenizer hf = HuggingFaceTokenizer.builder().optTokenizerPath(json)
                .optAddSpecialTokens(false).optTruncation(false).optPadding(false).build()) {
            List<String> texts = new ArrayList<>(CORPUS.subList(0, 8));
            texts.add("  leading spaces and trailing   ");
            texts.add("mixed 12abc!!?? ... ''quotes'' it's we'll they've");
            texts.add("zero\u200Bwidth and rtl \u202Eabc\u202C");
            for (String t : texts) {
                long[] ref = hf.encode(t).getIds();
                int[] ours = ByteLevelBpeTokenizer.of(bpe, 449).tokenize(t);
                assertArrayEquals(java.util.Arrays.stream(ref).mapToInt(x -> (int) x).toArray(), ours, t);
            }
        }
    }
}
