package dev.starling.engine.tokenizer.gguf;

import dev.starling.engine.datasets.Datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * llama.cpp's tokenizer test vectors in ../shared/datasets/llama-cpp-vocab (format in its SOURCE.md):
 * for each vocab-only {@code ggml-vocab-NAME.gguf}, the inputs ({@code .inp}, separated by
 * {@code "\n__ggml_vocab_test__\n"}) and the expected ids ({@code .out}, one line per input).
 */
record LlamaCppVectors(Path gguf, List<String> inputs, List<int[]> expected) {
    static final String SEPARATOR = "\n__ggml_vocab_test__\n";

    /** Every .gguf in the folder that has its .inp and .out; fails when the folder is missing. */
    static List<Path> ggufFiles() {
        Path dir = Datasets.file("llama-cpp-vocab/SOURCE.md").getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".gguf"))
                    .filter(p -> Files.isRegularFile(Path.of(p + ".inp")) && Files.isRegularFile(Path.of(p + ".out")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LlamaCppVectors read(Path gguf) throws IOException {
        String inp = Files.readString(Path.of(gguf + ".inp"), StandardCharsets.UTF_8);
        List<String> inputs = new ArrayList<>(Arrays.asList(inp.split(SEPARATOR, -1)));
        inputs.remove(inputs.size() - 1); // the empty piece after the last separator
        List<int[]> expected = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(gguf + ".out"), StandardCharsets.UTF_8)) {
            String t = line.trim();
            expected.add(t.isEmpty() ? new int[0] : Arrays.stream(t.split(" ")).mapToInt(Integer::parseInt).toArray());
        }
        if (inputs.size() != expected.size()) {
            throw new IllegalStateException(gguf + ": " + inputs.size() + " inputs but " + expected.size() + " outputs");
        }
        return new LlamaCppVectors(gguf, inputs, expected);
    }

    String name() {
        return gguf.getFileName().toString();
    }
}
