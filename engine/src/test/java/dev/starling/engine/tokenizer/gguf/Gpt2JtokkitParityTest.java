package dev.starling.engine.tokenizer.gguf;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.starling.engine.datasets.Datasets;
import dev.starling.engine.tokenizer.bpe.LmTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GPT-2's encoding, our byte-level BPE (vocabulary and merges from llama.cpp's ggml-vocab-gpt-2.gguf)
 * against jtokkit's r50k_base (an independent implementation with its own copy of the ranks), id for
 * id, on hand-written texts covering emoji and ZWJ sequences, CJK, RTL scripts, code, whitespace runs,
 * contractions and numbers, and on seeded random mixtures of those characters.
 */
@Tag("datasets")
class Gpt2JtokkitParityTest {
    private static LmTokenizer ours;
    private static Encoding reference;

    @BeforeAll
    static void load() throws IOException {
        ours = (LmTokenizer) GgufTokenizers.load(Datasets.file("llama-cpp-vocab/ggml-vocab-gpt-2.gguf"));
        reference = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.R50K_BASE);
    }

    @Test
    void handWrittenTextsEncodeAsJtokkit() {
        List<String> failures = compare(TestTexts.HAND_WRITTEN);
        assertTrue(failures.isEmpty(), failures.size() + "/" + TestTexts.HAND_WRITTEN.size() + " differ:\n" + String.join("\n", failures));
    }

    @Test
    void randomMixturesEncodeAsJtokkit() {
        List<String> texts = TestTexts.random(20261129, 2000);
        List<String> failures = compare(texts);
        assertTrue(failures.isEmpty(), failures.size() + "/" + texts.size() + " differ:\n"
                + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
    }

    @Test
    void everyTextDecodesBack() {
        for (String t : TestTexts.HAND_WRITTEN) {
            assertEquals(t, ours.decode(ours.tokenize(t)), "round trip of " + t);
        }
    }

    private static List<String> compare(List<String> texts) {
        List<String> failures = new ArrayList<>();
        for (String t : texts) {
            int[] expected = reference.encodeOrdinary(t).toArray();
            int[] got = ours.tokenize(t);
            if (!Arrays.equals(expected, got)) {
                failures.add("'" + t.replace("\n", "\\n") + "'\n   jtokkit " + Arrays.toString(expected)
                        + "\n   ours    " + Arrays.toString(got));
            }
        }
        return failures;
    }
}
