package dev.starling.engine.tokenizer.bpe;

import dev.starling.engine.json.Json;
import dev.starling.engine.json.JsonException;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a HuggingFace tokenizer.json that describes a byte-level BPE tokenizer (GPT-2, Llama 3,
 * Qwen2, StarCoder …): a {@code BPE} model with vocab and merges (as {@code "a b"} strings or
 * {@code ["a", "b"]} pairs), optional {@code ignore_merges}, the pre-tokenizer as {@code ByteLevel}
 * (GPT-2's regex) and/or {@code Split} regexes with {@code Isolated} behaviour, an optional NFC
 * normalizer, and added tokens (special → control, others → user-defined). Anything else is
 * rejected with a message naming the JSON path, rather than tokenized differently from the reference.
 */
final class BpeJsonReader {
    private static final String GPT2_REGEX = PreTokenizerType.GPT2.regexes().getFirst();

    private final String source;

    private BpeJsonReader(String source) {
        this.source = source;
    }

    static ByteLevelBpeTokenizer read(String json, String source) {
        try {
            return new BpeJsonReader(source).tokenizer(Json.parseObject(json));
        } catch (JsonException e) {
            throw new IllegalArgumentException(source + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    private ByteLevelBpeTokenizer tokenizer(Map<String, Object> root) {
        Map<String, Object> model = object(root.get("model"), "$.model");
        if (!"BPE".equals(model.get("type"))) {
            throw error("$.model.type", "not a BPE model: " + model.get("type"));
        }
        if (Boolean.TRUE.equals(model.get("byte_fallback"))) {
            throw error("$.model.byte_fallback", "byte-fallback BPE (SentencePiece style) is read from GGUF only");
        }
        Map<String, Object> vocabJson = object(model.get("vocab"), "$.model.vocab");
        List<Object> added = root.get("added_tokens") == null ? List.of() : list(root.get("added_tokens"), "$.added_tokens");
        Vocabulary vocab = vocabulary(vocabJson, added);
        List<String> merges = merges(list(model.get("merges"), "$.model.merges"));
        List<String> regexes = new ArrayList<>();
        preTokenizer(root.get("pre_tokenizer"), "$.pre_tokenizer", regexes);
        PreTokenizer pre = new RegexPreTokenizer(regexes);
        PreTokenizer normalized = normalizer(root.get("normalizer"), pre);
        return new ByteLevelBpeTokenizer(vocab, merges, normalized,
                Boolean.TRUE.equals(model.get("ignore_merges")), specialIds(root.get("post_processor"), vocab));
    }

    /**
     * BOS/EOS from a {@code TemplateProcessing} whose single-sequence template starts / ends with a
     * special token (Llama 3: {@code <|begin_of_text|> $A}); none for other post-processors.
     */
    private SpecialIds specialIds(Object node, Vocabulary vocab) {
        if (node == null || !"TemplateProcessing".equals(object(node, "$.post_processor").get("type"))) {
            return SpecialIds.none();
        }
        List<Object> single = list(object(node, "$.post_processor").get("single"), "$.post_processor.single");
        int bos = single.isEmpty() ? -1 : specialTokenId(single.getFirst(), vocab);
        int eos = single.size() < 2 ? -1 : specialTokenId(single.getLast(), vocab);
        return new SpecialIds(bos, eos, -1, -1, bos >= 0, eos >= 0);
    }

    private int specialTokenId(Object piece, Vocabulary vocab) {
        Object special = object(piece, "$.post_processor.single[]").get("SpecialToken");
        return special == null ? -1 : vocab.id((String) object(special, "$.post_processor.single[].SpecialToken").get("id"));
    }

    private Vocabulary vocabulary(Map<String, Object> vocabJson, List<Object> added) {
        int size = 0;
        for (Object id : vocabJson.values()) {
            size = Math.max(size, integer(id, "$.model.vocab") + 1);
        }
        for (Object o : added) {
            size = Math.max(size, integer(object(o, "$.added_tokens[]").get("id"), "$.added_tokens[].id") + 1);
        }
        String[] tokens = new String[size];
        TokenType[] types = new TokenType[size];
        for (int i = 0; i < size; i++) {
            tokens[i] = "";
            types[i] = TokenType.UNUSED; // a gap in the ids
        }
        vocabJson.forEach((token, id) -> {
            tokens[integer(id, "$.model.vocab")] = token;
            types[integer(id, "$.model.vocab")] = TokenType.NORMAL;
        });
        for (Object o : added) {
            Map<String, Object> t = object(o, "$.added_tokens[]");
            int id = integer(t.get("id"), "$.added_tokens[].id");
            tokens[id] = (String) t.get("content");
            types[id] = Boolean.TRUE.equals(t.get("special")) ? TokenType.CONTROL : TokenType.USER_DEFINED;
        }
        return new Vocabulary(tokens, types, null);
    }

    private List<String> merges(List<Object> raw) {
        List<String> out = new ArrayList<>(raw.size());
        for (Object m : raw) {
            if (m instanceof String s) {
                out.add(s);
            } else if (m instanceof List<?> pair && pair.size() == 2) {
                out.add(pair.get(0) + " " + pair.get(1));
            } else {
                throw error("$.model.merges", "a merge is neither \"a b\" nor [\"a\", \"b\"]: " + m);
            }
        }
        return out;
    }

    /** Collects the split regexes of a ByteLevel / Split / Sequence pre-tokenizer. */
    private void preTokenizer(Object node, String path, List<String> regexes) {
        if (node == null) {
            throw error(path, "missing: a byte-level BPE needs a ByteLevel pre-tokenizer");
        }
        Map<String, Object> p = object(node, path);
        Object type = p.get("type");
        if ("Sequence".equals(type)) {
            List<Object> steps = list(p.get("pretokenizers"), path + ".pretokenizers");
            for (int i = 0; i < steps.size(); i++) {
                preTokenizer(steps.get(i), path + ".pretokenizers[" + i + "]", regexes);
            }
        } else if ("ByteLevel".equals(type)) {
            if (Boolean.TRUE.equals(p.get("add_prefix_space"))) {
                throw error(path + ".add_prefix_space", "true is not supported");
            }
            if (!Boolean.FALSE.equals(p.get("use_regex"))) {
                regexes.add(GPT2_REGEX);
            }
        } else if ("Split".equals(type)) {
            if (!"Isolated".equals(p.get("behavior")) || Boolean.TRUE.equals(p.get("invert"))) {
                throw error(path, "only Split with behavior Isolated, not inverted, is supported");
            }
            Map<String, Object> pattern = object(p.get("pattern"), path + ".pattern");
            regexes.add(pattern.containsKey("Regex") ? (String) pattern.get("Regex")
                    : Pattern.quote((String) pattern.get("String")));
        } else {
            throw error(path + ".type", "unsupported pre-tokenizer '" + type + "'");
        }
    }

    private PreTokenizer normalizer(Object node, PreTokenizer pre) {
        if (node == null) {
            return pre;
        }
        Object type = object(node, "$.normalizer").get("type");
        if ("NFC".equals(type)) { // Qwen2: compose before splitting
            return text -> pre.split(Normalizer.normalize(text, Normalizer.Form.NFC));
        }
        throw error("$.normalizer.type", "unsupported normalizer '" + type + "'");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(Object o, String path) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw error(path, "expected an object");
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(Object o, String path) {
        if (o instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw error(path, "expected an array");
    }

    private int integer(Object o, String path) {
        if (o instanceof Long l && l >= 0 && l <= Integer.MAX_VALUE) {
            return (int) (long) l;
        }
        throw error(path, "expected a token id, got " + o);
    }

    private IllegalArgumentException error(String path, String message) {
        return new IllegalArgumentException(source + ": " + path + ": " + message);
    }
}
