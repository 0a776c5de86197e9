package dev.starling.engine.tokenizer.gguf;

import dev.starling.engine.json.JsonWriter;
import dev.starling.engine.tokenizer.Tokenizer;
import dev.starling.engine.tokenizer.WordPieceTokenizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A BERT WordPiece vocabulary from GGUF, run by our HF-exact {@link WordPieceTokenizer}.
 *
 * <p>llama.cpp's converter respells the HF vocabulary: a word-initial piece {@code the} is stored as
 * {@code ▁the}, a continuation {@code ##fe} as {@code fe}, and bracketed tokens ({@code [CLS]}) as they
 * are. This class undoes that and describes the result as the tokenizer.json of an uncased BERT
 * (BertNormalizer lowercasing and stripping accents, BertPreTokenizer, {@code [CLS] … [SEP]}).
 */
final class WordPieceFromGguf {
    private static final char WORD_START = '\u2581';
    private static final int CONTROL = 3;
    private static final int UNKNOWN = 2;

    private WordPieceFromGguf() {
    }

    static Tokenizer tokenizer(GgufVocab v) {
        Map<String, Object> vocab = new LinkedHashMap<>();
        List<Object> added = new ArrayList<>();
        for (int id = 0; id < v.tokens().length; id++) {
            String hf = hfSpelling(v.tokens()[id]);
            vocab.putIfAbsent(hf, id);
            int type = v.types() == null ? 1 : v.types()[id];
            if (type == CONTROL || type == UNKNOWN) {
                added.add(Map.of("id", id, "content", hf, "single_word", false, "lstrip", false,
                        "rstrip", false, "normalized", false, "special", true));
            }
        }
        String unk = v.unk() >= 0 ? hfSpelling(v.tokens()[v.unk()]) : "[UNK]";
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("added_tokens", added);
        root.put("normalizer", Map.of("type", "BertNormalizer", "clean_text", true,
                "handle_chinese_chars", true, "lowercase", true));
        root.put("pre_tokenizer", Map.of("type", "BertPreTokenizer"));
        if (v.cls() >= 0 && v.sep() >= 0) {
            root.put("post_processor", Map.of("type", "BertProcessing",
                    "cls", List.of(v.tokens()[v.cls()], v.cls()), "sep", List.of(v.tokens()[v.sep()], v.sep())));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("type", "WordPiece");
        model.put("unk_token", unk);
        model.put("continuing_subword_prefix", "##");
        model.put("max_input_chars_per_word", 100);
        model.put("vocab", vocab);
        root.put("model", model);
        return WordPieceTokenizer.fromJsonString(JsonWriter.write(root));
    }

    /** llama.cpp's spelling → HF's: {@code ▁the → the}, {@code fe → ##fe}, {@code [CLS]} unchanged. */
    static String hfSpelling(String token) {
        if (token.length() >= 2 && token.startsWith("[") && token.endsWith("]")) {
            return token;
        }
        if (!token.isEmpty() && token.charAt(0) == WORD_START) {
            return token.substring(1);
        }
        return "##" + token;
    }
}
