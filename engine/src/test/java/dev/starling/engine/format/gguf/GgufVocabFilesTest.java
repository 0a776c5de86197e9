package dev.starling.engine.format.gguf;

import dev.starling.engine.datasets.Datasets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * llama.cpp's vocab-only GGUF files (../shared/datasets/llama-cpp-vocab, see its SOURCE.md): the
 * tokenizer arrays have the sizes listed there, and writing the metadata back with
 * {@link GgufWriter} reproduces the file byte for byte (so our writer matches ggml's layout).
 */
@Tag("datasets")
class GgufVocabFilesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "gpt-2, gpt2, 50257, 50000",
        "llama-spm, llama, 32000, 0",
        "phi-3, llama, 32064, 0",
        "bert-bge, bert, 30522, 0",
        "starcoder, gpt2, 49152, 48872",
        "deepseek-coder, gpt2, 32256, 31757",
        "deepseek-llm, gpt2, 102400, 99757",
        "falcon, gpt2, 65024, 64784",
        "mpt, gpt2, 50432, 50009",
        "refact, gpt2, 49216, 48891",
    })
    void tokenizerArraysAndByteExactRewrite(String name, String model, int vocab, int merges) throws IOException {
        Path file = Datasets.file("llama-cpp-vocab/ggml-vocab-" + name + ".gguf");
        Path copy = dir.resolve(name + ".gguf");
        try (GgufFile g = GgufFile.open(file)) {
            GgufMetadata m = g.metadata();
            assertEquals(model, m.getString("tokenizer.ggml.model"));
            assertEquals(vocab, m.getStringArray("tokenizer.ggml.tokens").length);
            assertEquals(merges, m.optStringArray("tokenizer.ggml.merges").map(a -> a.length).orElse(0));
            m.optIntArray("tokenizer.ggml.token_type").ifPresent(t -> assertEquals(vocab, t.length));
            m.optFloatArray("tokenizer.ggml.scores").ifPresent(s -> assertEquals(vocab, s.length));
            assertTrue(g.tensors().isEmpty(), "vocab-only file");
            new GgufWriter().putAll(m).write(copy);
        }
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(copy));
    }
}
