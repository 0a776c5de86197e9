package dev.starling.engine.tokenizer;

import dev.starling.engine.json.Json;
import dev.starling.engine.json.JsonException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a HuggingFace tokenizer.json that describes a BERT-style WordPiece tokenizer: a
 * {@code BertNormalizer} (or none), the {@code BertPreTokenizer}, a {@code WordPiece} model,
 * {@code TemplateProcessing} or {@code BertProcessing} (or none) and the added tokens. Anything else
 * (a BPE or Unigram model, another normalizer) is rejected with a message naming the source, rather
 * than tokenized differently from the reference. Truncation, padding and the decoder are not read:
 * callers choose the length per call.
 */
final class TokenizerJsonReader {
    private final JsonFields f;

    private TokenizerJsonReader(String source) {
        this.f = new JsonFields(source);
    }

    static WordPieceTokenizer read(String json, String source) {
        Map<String, Object> root;
        try {
            root = Json.parseObject(json);
        } catch (JsonException e) {
            throw new IllegalArgumentException(source + ": not valid JSON: " + e.getMessage(), e);
        }
        return new TokenizerJsonReader(source).tokenizer(root);
    }

    private WordPieceTokenizer tokenizer(Map<String, Object> root) {
        Map<String, Object> model = f.optionalObject(root, "model", "$");
        if (model == null) {
            throw f.error("$.model", "missing");
        }
        Map<String, Integer> vocab = vocab(model);
        WordPiece wordPiece = wordPiece(model, vocab);
        BertNormalizer normalizer = normalizer(f.optionalObject(root, "normalizer", "$"));
        preTokenizer(f.optionalObject(root, "pre_tokenizer", "$"));
        List<AddedToken> added = addedTokens(root.get("added_tokens"));
        Map<String, Integer> all = new HashMap<>(vocab);
        added.forEach(t -> all.put(t.content(), t.id()));
        TemplateProcessing post = postProcessor(f.optionalObject(root, "post_processor", "$"));
        Map<String, Object> padding = f.optionalObject(root, "padding", "$");
        int padId = padding == null ? all.getOrDefault("[PAD]", -1)
                : f.integer(padding, "pad_id", "$.padding", all.getOrDefault("[PAD]", -1));
        return new WordPieceTokenizer(normalizer, wordPiece, added, post, all, padId);
    }

    private Map<String, Integer> vocab(Map<String, Object> model) {
        String type = f.string(model, "type", "$.model", null);
        if (type == null ? model.containsKey("merges") : !type.equals("WordPiece")) {
            throw f.error("$.model.type", "unsupported model '" + (type == null ? "BPE" : type)
                    + "': only WordPiece tokenizers are supported");
        }
        Map<String, Object> raw = f.optionalObject(model, "vocab", "$.model");
        if (raw == null || raw.isEmpty()) {
            throw f.error("$.model.vocab", "missing or empty");
        }
        Map<String, Integer> vocab = new HashMap<>(raw.size() * 2);
        raw.forEach((token, id) -> vocab.put(token, f.integer(id, "$.model.vocab[\"" + token + "\"]")));
        return vocab;
    }

    private WordPiece wordPiece(Map<String, Object> model, Map<String, Integer> vocab) {
        String unk = f.string(model, "unk_token", "$.model", "[UNK]");
        Integer unkId = vocab.get(unk);
        if (unkId == null) {
            throw f.error("$.model.unk_token", "'" + unk + "' is not in the vocabulary");
        }
        String prefix = f.string(model, "continuing_subword_prefix", "$.model", "##");
        int maxChars = f.integer(model, "max_input_chars_per_word", "$.model", 100);
        return new WordPiece(vocab, unkId, prefix, maxChars);
    }

    private BertNormalizer normalizer(Map<String, Object> n) {
        if (n == null) {
            return null;
        }
        String type = f.string(n, "type", "$.normalizer", "");
        if (!type.equals("BertNormalizer")) {
            throw f.error("$.normalizer.type", "unsupported normalizer '" + type + "': only BertNormalizer");
        }
        boolean lowercase = f.bool(n, "lowercase", "$.normalizer", true);
        Boolean strip = f.optionalBoolean(n, "strip_accents", "$.normalizer");
        return new BertNormalizer(f.bool(n, "clean_text", "$.normalizer", true),
                f.bool(n, "handle_chinese_chars", "$.normalizer", true),
                strip == null ? lowercase : strip, lowercase);
    }

    private void preTokenizer(Map<String, Object> p) {
        String type = p == null ? "null" : f.string(p, "type", "$.pre_tokenizer", "");
        if (!type.equals("BertPreTokenizer")) {
            throw f.error("$.pre_tokenizer", "unsupported pre-tokenizer '" + type + "': only BertPreTokenizer");
        }
    }

    private List<AddedToken> addedTokens(Object value) {
        List<AddedToken> tokens = new ArrayList<>();
        if (value == null) {
            return tokens;
        }
        List<?> list = f.list(value, "$.added_tokens");
        for (int i = 0; i < list.size(); i++) {
            String path = "$.added_tokens[" + i + "]";
            Map<String, Object> t = f.object(list.get(i), path);
            tokens.add(new AddedToken(f.integer(t.get("id"), path + ".id"), f.string(t.get("content"), path + ".content"),
                    f.bool(t, "single_word", path, false), f.bool(t, "lstrip", path, false),
                    f.bool(t, "rstrip", path, false), f.bool(t, "normalized", path, true),
                    f.bool(t, "special", path, false)));
        }
        return tokens;
    }

    private TemplateProcessing postProcessor(Map<String, Object> p) {
        if (p == null) {
            return TemplateProcessing.none();
        }
        String type = f.string(p, "type", "$.post_processor", "");
        return switch (type) {
            case "TemplateProcessing" -> new TemplateJsonReader(f).read(p);
            case "BertProcessing" -> TemplateProcessing.bert(pairId(p, "cls"), pairId(p, "sep"));
            default -> throw f.error("$.post_processor.type", "unsupported post-processor '" + type + "'");
        };
    }

    /** BertProcessing stores each special token as {@code ["[CLS]", 101]}. */
    private int pairId(Map<String, Object> p, String key) {
        List<?> pair = f.list(p.get(key), "$.post_processor." + key);
        if (pair.size() != 2) {
            throw f.error("$.post_processor." + key, "expected [token, id]");
        }
        return f.integer(pair.get(1), "$.post_processor." + key + "[1]");
    }
}
