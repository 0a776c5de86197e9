package dev.starling.engine.tokenizer.gguf;

import dev.starling.engine.format.gguf.GgufFile;
import dev.starling.engine.format.gguf.GgufMetadata;
import dev.starling.engine.tokenizer.Tokenizer;
import dev.starling.engine.tokenizer.chat.ChatFormat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code tokenizer.ggml.*} from GGUF metadata into a {@link GgufVocab}, and builds the tokenizer
 * it describes. Key names are spelled here only (llama.cpp's {@code LLM_KV_TOKENIZER_*}, including its
 * misspelled {@code seperator_token_id}).
 */
public final class GgufTokenizers {
    private static final String P = "tokenizer.ggml.";

    private GgufTokenizers() {
    }

    /** The tokenizer of a GGUF file (model weights or vocab-only). */
    public static Tokenizer load(Path file) throws IOException {
        try (GgufFile gguf = GgufFile.open(file)) {
            return build(vocab(gguf.metadata()));
        }
    }

    /** The tokenizer {@code vocab} describes. */
    public static Tokenizer build(GgufVocab vocab) {
        return GgufTokenizerModel.forName(vocab.model()).orElseThrow(() -> new IllegalArgumentException(
                "unsupported tokenizer model '" + vocab.model() + "' (supported: "
                        + Arrays.stream(GgufTokenizerModel.values()).map(GgufTokenizerModel::ggufName).toList() + ")"))
                .build(vocab);
    }

    /** The chat format of the model's {@code tokenizer.chat_template}, if it has one that we render. */
    public static Optional<ChatFormat> chatFormat(GgufMetadata m) {
        return m.optString("tokenizer.chat_template").flatMap(ChatFormat::detect);
    }

    /** The tokenizer values of {@code m}. */
    public static GgufVocab vocab(GgufMetadata m) {
        return new GgufVocab(m.getString(P + "model"), m.optString(P + "pre").orElse(null),
                m.getStringArray(P + "tokens"), m.optIntArray(P + "token_type").orElse(null),
                m.optFloatArray(P + "scores").orElse(null),
                m.optStringArray(P + "merges").map(List::of).orElse(List.of()),
                id(m, "bos_token_id"), id(m, "eos_token_id"), id(m, "unknown_token_id"), id(m, "padding_token_id"),
                id(m, "seperator_token_id"), id(m, "cls_token_id"),
                m.optBoolean(P + "add_bos_token").orElse(null), m.optBoolean(P + "add_eos_token").orElse(null),
                m.optBoolean(P + "add_space_prefix").orElse(null));
    }

    private static int id(GgufMetadata m, String key) {
        return m.optInt(P + key).orElse(-1);
    }
}
