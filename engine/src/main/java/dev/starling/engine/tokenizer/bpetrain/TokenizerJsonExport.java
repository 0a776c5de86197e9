package dev.starling.engine.tokenizer.bpetrain;

import dev.starling.engine.json.JsonWriter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ByteLevelBpe} as a HuggingFace {@code tokenizer.json} (BPE model, ByteLevel pre-tokenizer
 * and decoder, special tokens as added tokens), so that HF tokenizers and other tools read our
 * vocabularies, and so that our encoding can be checked against theirs.
 */
public final class TokenizerJsonExport {
    private TokenizerJsonExport() {
    }

    /** The tokenizer.json text; ids from {@code firstSpecial} on are added special tokens. */
    public static String json(ByteLevelBpe bpe, int firstSpecial) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", "1.0");
        root.put("truncation", null);
        root.put("padding", null);
        List<Object> added = new ArrayList<>();
        for (int id = firstSpecial; id < bpe.vocabSize(); id++) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", id);
            t.put("content", bpe.vocab().get(id));
            t.put("single_word", false);
            t.put("lstrip", false);
            t.put("rstrip", false);
            t.put("normalized", false);
            t.put("special", true);
            added.add(t);
        }
        root.put("added_tokens", added);
        root.put("normalizer", null);
        root.put("pre_tokenizer", byteLevel(false));
        root.put("post_processor", null);
        root.put("decoder", byteLevel(true));
        root.put("model", model(bpe));
        return JsonWriter.write(root);
    }

    private static Map<String, Object> byteLevel(boolean prefixSpace) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "ByteLevel");
        m.put("add_prefix_space", prefixSpace);
        m.put("trim_offsets", true);
        m.put("use_regex", true);
        return m;
    }

    private static Map<String, Object> model(ByteLevelBpe bpe) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "BPE");
        m.put("dropout", null);
        m.put("unk_token", null);
        m.put("continuing_subword_prefix", null);
        m.put("end_of_word_suffix", null);
        m.put("fuse_unk", false);
        m.put("byte_fallback", false);
        Map<String, Object> vocab = new LinkedHashMap<>();
        for (int id = 0; id < bpe.vocabSize(); id++) {
            vocab.putIfAbsent(bpe.vocab().get(id), id);
        }
        m.put("vocab", vocab);
        m.put("merges", bpe.merges());
        return m;
    }
}
