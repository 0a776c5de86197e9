package dev.starling.engine.tokenizer.gguf;

import dev.starling.engine.tokenizer.Tokenizer;
import dev.starling.engine.tokenizer.bpe.ByteLevelBpeTokenizer;
import dev.starling.engine.tokenizer.bpe.PreTokenizerType;
import dev.starling.engine.tokenizer.bpe.SentencePieceTokenizer;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The tokenizer models a GGUF file can name in {@code tokenizer.ggml.model}, each with its builder.
 * The one place a model name is resolved.
 */
public enum GgufTokenizerModel {
    /** Byte-level BPE with merges and a named pre-tokenizer (GPT-2, Llama 3, Qwen2, StarCoder …). */
    GPT2("gpt2", v -> new ByteLevelBpeTokenizer(v.vocabulary(), v.merges(), preTokenizer(v.pre()), v.specialIds(false))),
    /** SentencePiece BPE with scores and byte fallback (Llama 2, TinyLlama, Mistral, Phi-3). */
    LLAMA("llama", v -> new SentencePieceTokenizer(v.vocabulary(),
            v.addSpacePrefix() == null || v.addSpacePrefix(), v.specialIds(true))),
    /** WordPiece in llama.cpp's spelling (BERT, BGE, MiniLM). */
    BERT("bert", WordPieceFromGguf::tokenizer);

    private final String ggufName;
    private final Function<GgufVocab, Tokenizer> builder;

    GgufTokenizerModel(String ggufName, Function<GgufVocab, Tokenizer> builder) {
        this.ggufName = ggufName;
        this.builder = builder;
    }

    /** The named pre-tokenizer; llama.cpp's default when the file names none. */
    private static PreTokenizerType preTokenizer(String name) {
        if (name == null) {
            return PreTokenizerType.DEFAULT;
        }
        return PreTokenizerType.forName(name).orElseThrow(() -> new IllegalArgumentException("unknown pre-tokenizer '"
                + name + "' (known: " + Arrays.stream(PreTokenizerType.values()).flatMap(t -> t.names().stream()).toList() + ")"));
    }

    /** The model GGUF calls {@code name}, if supported. */
    public static Optional<GgufTokenizerModel> forName(String name) {
        return Arrays.stream(values()).filter(m -> m.ggufName.equals(name)).findFirst();
    }

    public String ggufName() {
        return ggufName;
    }

    /** Builds the tokenizer of {@code vocab}. */
    public Tokenizer build(GgufVocab vocab) {
        return builder.apply(vocab);
    }
}
