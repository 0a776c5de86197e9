package dev.starling.engine.tokenizer;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.starling.engine.json.Json;
import dev.starling.engine.json.JsonWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reference side of the parity tests: the all-MiniLM-L6-v2 tokenizer.json from the test
 * classpath, variants of it with other {@code BertNormalizer} options, and the HuggingFace
 * {@code tokenizers} native library (through DJL) loaded from the same JSON.
 */
final class Reference {
    static final String RESOURCE = "/all-minilm-l6-v2-tokenizer.json";

    private Reference() {
    }

    /** The reference tokenizer.json, read from the langchain4j test jar. */
    static String json() {
        try (InputStream in = Reference.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE + " is missing from the test classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reference JSON with its normalizer options replaced; {@code stripAccents} may be null. */
    static String variant(boolean cleanText, boolean chinese, Boolean stripAccents, boolean lowercase) {
        Map<String, Object> root = Json.parseObject(json());
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("type", "BertNormalizer");
        n.put("clean_text", cleanText);
        n.put("handle_chinese_chars", chinese);
        n.put("strip_accents", stripAccents);
        n.put("lowercase", lowercase);
        root.put("normalizer", n);
        return JsonWriter.write(root);
    }

    /**
     * The reference JSON with two extra added tokens and [MASK] made to swallow the whitespace around
     * it: a normalized {@code "Starling"} (matched in the lowercased text) and a normalized,
     * single-word {@code "lol"}, so the less common added-token options are compared too.
     */
    @SuppressWarnings("unchecked")
    static String withAddedTokenOptions() {
        Map<String, Object> root = Json.parseObject(json());
        java.util.List<Object> added = (java.util.List<Object>) root.get("added_tokens");
        for (Object o : added) {
            Map<String, Object> t = (Map<String, Object>) o;
            if ("[MASK]".equals(t.get("content"))) {
                t.put("lstrip", true);
                t.put("rstrip", true);
            }
        }
        added.add(addedToken(30522, "Starling", false));
        added.add(addedToken(30523, "lol", true));
        return JsonWriter.write(root);
    }

    private static Map<String, Object> addedToken(long id, String content, boolean singleWord) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", id);
        t.put("content", content);
        t.put("single_word", singleWord);
        t.put("lstrip", false);
        t.put("rstrip", false);
        t.put("normalized", true);
        t.put("special", false);
        return t;
    }

    /** Ours, from the given JSON. */
    static WordPieceTokenizer ours(String json) {
        return WordPieceTokenizer.fromJsonString(json);
    }

    /** HF's, with special tokens and neither truncation nor padding. */
    static HuggingFaceTokenizer hf(String json) {
        return hf(json, Map.of("addSpecialTokens", "true", "truncation", "false", "padding", "false"));
    }

    /** HF's, truncating with its default strategy (LongestFirst) to {@code maxLength}, no padding. */
    static HuggingFaceTokenizer hfTruncating(String json, int maxLength) {
        return hf(json, Map.of("addSpecialTokens", "true", "truncation", "true", "padding", "false",
                "maxLength", Integer.toString(maxLength)));
    }

    /** HF's, without special tokens, no truncation, no padding: pieces only. */
    static HuggingFaceTokenizer hfPieces(String json) {
        return hf(json, Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false"));
    }

    private static HuggingFaceTokenizer hf(String json, Map<String, String> options) {
        // DJL would otherwise probe the network to report usage; these tests run offline.
        System.setProperty("OPT_OUT_TRACKING", "true");
        try {
            return HuggingFaceTokenizer.newInstance(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** DJL's long ids as ints. */
    static int[] ints(long[] ids) {
        int[] out = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = Math.toIntExact(ids[i]);
        }
        return out;
    }

    /** A text with every char outside printable ASCII written as a {@code \\uXXXX} escape. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.append('"').toString();
    }
}
