package dev.starling.engine.tokenizer.gguf;

import dev.starling.engine.tokenizer.Tokenizer;
import dev.starling.engine.tokenizer.bpe.LmTokenizer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every test vector of llama.cpp's {@code test-tokenizer-0} whose vocab file is present, id for id
 * (expected ids are HuggingFace's {@code encode(text, add_special_tokens=False)}), and for the BPE and
 * SentencePiece vocabularies decode(encode(x)) == x. One dynamic test per file, reporting its pass count.
 */
@Tag("datasets")
class LlamaCppVocabConformanceTest {

    @Test
    void theFolderHoldsTheTenVocabFiles() {
        List<String> names = LlamaCppVectors.ggufFiles().stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(10, names.size(), "vocab files with .inp/.out: " + names);
    }

    @TestFactory
    List<DynamicTest> everyVectorOfEveryPresentVocab() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path gguf : LlamaCppVectors.ggufFiles()) {
            tests.add(DynamicTest.dynamicTest(gguf.getFileName().toString(), () -> check(LlamaCppVectors.read(gguf))));
        }
        return tests;
    }

    private static void check(LlamaCppVectors v) throws IOException {
        Tokenizer t = GgufTokenizers.load(v.gguf());
        List<String> failures = new ArrayList<>();
        int pass = 0;
        for (int i = 0; i < v.inputs().size(); i++) {
            String text = v.inputs().get(i);
            int[] got = t.tokenize(text);
            boolean idsOk = Arrays.equals(v.expected().get(i), got);
            boolean decodeOk = !(t instanceof LmTokenizer lm) || lm.decode(got).equals(text);
            if (idsOk && decodeOk) {
                pass++;
            } else {
                failures.add("#" + i + " " + show(text) + (idsOk ? " decodes wrong" : "\n   expected "
                        + Arrays.toString(v.expected().get(i)) + "\n   got      " + Arrays.toString(got)));
            }
        }
        System.out.printf("%s: %d/%d%n", v.name(), pass, v.inputs().size());
        assertTrue(v.inputs().size() >= 46, v.name() + ": only " + v.inputs().size() + " inputs");
        assertEquals(v.inputs().size(), pass, v.name() + ": " + pass + "/" + v.inputs().size() + " pass\n"
                + String.join("\n", failures));
    }

    private static String show(String s) {
        return "'" + s.replace("\n", "\\n").replace("\t", "\\t") + "'";
    }
}
