package dev.starling.engine.tokenizer.gguf;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.starling.engine.datasets.Datasets;
import dev.starling.engine.format.gguf.GgufFile;
import dev.starling.engine.json.JsonWriter;
import dev.starling.engine.tokenizer.bpe.ByteLevelBpeTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Byte-level BPE from tokenizer.json against the HuggingFace {@code tokenizers} library (native, via
 * DJL) reading the same JSON. The vocabulary and merges are GPT-2's (from ggml-vocab-gpt-2.gguf; the
 * Llama 3 and Qwen2 vocab files are not in the dataset); the pre-tokenizer is varied: GPT-2's
 * {@code ByteLevel} regex, Llama 3's {@code Split} regex with {@code ignore_merges}, and Qwen2's
 * {@code Split} regex behind an NFC normalizer, exactly as those models' tokenizer.json files write them.
 */
@org.junit.jupiter.api.Tag("datasets")
class TokenizerJsonHfParityTest {
    static final String LLAMA3 = "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}"
            + "| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";
    static final String QWEN2 = "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}"
            + "| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";
    private static String[] tokens;
    private static String[] merges;

    @BeforeAll
    static void readGpt2Vocab() throws IOException {
        try (GgufFile g = GgufFile.open(Datasets.file("llama-cpp-vocab/ggml-vocab-gpt-2.gguf"))) {
            tokens = g.metadata().getStringArray("tokenizer.ggml.tokens");
            merges = g.metadata().getStringArray("tokenizer.ggml.merges");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpt2", "llama3", "qwen2"})
    void idsEqualHuggingFace(String variant) throws IOException {
        String json = json(variant);
        ByteLevelBpeTokenizer ours = ByteLevelBpeTokenizer.fromJsonString(json);
        System.setProperty("OPT_OUT_TRACKING", "true"); // DJL would otherwise probe the network
        List<String> texts = new ArrayList<>(TestTexts.HAND_WRITTEN);
        texts.addAll(List.of("'ſ 'K Kelvin and long s", "I'LL 'Ll", "1234567 apples", "x\n\n\n  y \r\n\tz  "));
        texts.addAll(TestTexts.random(7, 1000));
        List<String> failures = new ArrayList<>();
        try (HuggingFaceTokenizer hf = HuggingFaceTokenizer.newInstance(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false"))) {
            for (String t : texts) {
                int[] expected = Arrays.stream(hf.encode(t).getIds()).mapToInt(Math::toIntExact).toArray();
                int[] got = ours.tokenize(t);
                if (!Arrays.equals(expected, got)) {
                    failures.add("'" + t.replace("\n", "\\n") + "'\n   hf   " + Arrays.toString(expected)
                            + "\n   ours " + Arrays.toString(got));
                }
            }
        }
        System.out.printf("tokenizer.json %s: %d/%d equal to HF%n", variant, texts.size() - failures.size(), texts.size());
        assertTrue(failures.isEmpty(), variant + ": " + failures.size() + "/" + texts.size() + " differ:\n"
                + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
    }

    private static String json(String variant) {
        Map<String, Object> vocab = new LinkedHashMap<>();
        for (int i = 0; i < tokens.length; i++) {
            vocab.putIfAbsent(tokens[i], i);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("type", "BPE");
        model.put("dropout", null);
        model.put("unk_token", null);
        model.put("continuing_subword_prefix", null);
        model.put("end_of_word_suffix", null);
        model.put("fuse_unk", false);
        model.put("byte_fallback", false);
        model.put("ignore_merges", variant.equals("llama3"));
        model.put("vocab", vocab);
        model.put("merges", List.of(merges));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", "1.0");
        root.put("added_tokens", List.of(Map.of("id", 50256, "content", "<|endoftext|>", "single_word", false,
                "lstrip", false, "rstrip", false, "normalized", false, "special", true)));
        root.put("normalizer", variant.equals("qwen2") ? Map.of("type", "NFC") : null);
        root.put("pre_tokenizer", switch (variant) {
            case "gpt2" -> byteLevel(true);
            case "llama3" -> Map.of("type", "Sequence", "pretokenizers", List.of(split(LLAMA3), byteLevel(false)));
            default -> Map.of("type", "Sequence", "pretokenizers", List.of(split(QWEN2), byteLevel(false)));
        });
        root.put("post_processor", null);
        root.put("decoder", byteLevel(true));
        root.put("model", model);
        return JsonWriter.write(root);
    }

    private static Map<String, Object> byteLevel(boolean useRegex) {
        return Map.of("type", "ByteLevel", "add_prefix_space", false, "trim_offsets", true, "use_regex", useRegex);
    }

    private static Map<String, Object> split(String regex) {
        return Map.of("type", "Split", "pattern", Map.of("Regex", regex), "behavior", "Isolated", "invert", false);
    }
}
