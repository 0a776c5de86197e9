package dev.starling.engine.tokenizer.bpe;

import dev.starling.engine.json.JsonWriter;
import dev.starling.engine.tokenizer.bpetrain.ByteUnicode;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A hand-made byte-level BPE tokenizer.json in both merge spellings, and what the reader refuses. */
class BpeJsonReaderTest {

    static String json(Object merges, Object preTokenizer, Object postProcessor) {
        Map<String, Object> vocab = new LinkedHashMap<>();
        for (int b = 0; b < 256; b++) {
            vocab.put(String.valueOf(ByteUnicode.charOf(b)), b);
        }
        vocab.put("ab", 256);
        vocab.put("Ġab", 257);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("type", "BPE");
        model.put("vocab", vocab);
        model.put("merges", merges);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("added_tokens", List.of(Map.of("id", 258, "content", "<s>", "special", true),
                Map.of("id", 259, "content", "<x>", "special", false)));
        root.put("pre_tokenizer", preTokenizer);
        root.put("post_processor", postProcessor);
        root.put("model", model);
        return JsonWriter.write(root);
    }

    static final Map<String, Object> BYTE_LEVEL = Map.of("type", "ByteLevel", "add_prefix_space", false, "use_regex", true);

    @Test
    void readsMergesAsStringsOrPairs() {
        for (Object merges : List.of(List.of("a b", "Ġ ab"), List.of(List.of("a", "b"), List.of("Ġ", "ab")))) {
            ByteLevelBpeTokenizer t = ByteLevelBpeTokenizer.fromJsonString(json(merges, BYTE_LEVEL, null));
            assertArrayEquals(new int[] {256, 257, 259, 'c'}, t.tokenize("ab ab<x>c"));
            assertArrayEquals(new int[] {258}, t.encode("<s>", true));
            assertEquals("ab ab<x>c", t.decode(t.tokenize("ab ab<x>c")));
        }
    }

    @Test
    void splitRegexAndTemplateBos() {
        Object pre = Map.of("type", "Sequence", "pretokenizers", List.of(
                Map.of("type", "Split", "pattern", Map.of("Regex", "\\p{N}"), "behavior", "Isolated", "invert", false),
                Map.of("type", "ByteLevel", "use_regex", false)));
        Object post = Map.of("type", "TemplateProcessing", "single", List.of(
                Map.of("SpecialToken", Map.of("id", "<s>", "type_id", 0)), Map.of("Sequence", Map.of("id", "A", "type_id", 0))));
        ByteLevelBpeTokenizer t = ByteLevelBpeTokenizer.fromJsonString(json(List.of("a b", "Ġ ab"), pre, post));
        assertArrayEquals(new int[] {258, 256, '1', 257}, t.encode("ab1 ab").ids());
    }

    @Test
    void refusesWhatItWouldTokenizeDifferently() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ByteLevelBpeTokenizer.fromJsonString(
                json(List.of("a b"), Map.of("type", "Whitespace"), null)));
        assertTrue(e.getMessage().contains("$.pre_tokenizer.type"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ByteLevelBpeTokenizer.fromJsonString(
                json(List.of("a c"), BYTE_LEVEL, null)));
        assertThrows(IllegalArgumentException.class, () -> ByteLevelBpeTokenizer.fromJsonString("{\"model\":{\"type\":\"WordPiece\"}}"));
    }
}
