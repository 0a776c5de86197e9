package dev.starling.engine.tokenizer.gguf;

import dev.starling.engine.tokenizer.bpe.SpecialIds;
import dev.starling.engine.tokenizer.bpe.TokenType;
import dev.starling.engine.tokenizer.bpe.Vocabulary;

import java.util.List;

/**
 * The tokenizer half of a GGUF file's metadata ({@code tokenizer.ggml.*}), read once and validated,
 * named after what the values mean rather than the keys.
 *
 * @param model          {@code tokenizer.ggml.model}: gpt2 (byte-level BPE), llama (SentencePiece), bert
 * @param pre            {@code tokenizer.ggml.pre}, the pre-tokenizer name, or null
 * @param tokens         token texts by id
 * @param types          token types by id, or null
 * @param scores         SentencePiece scores by id, or null
 * @param merges         BPE merges "left right" in rank order (empty for non-BPE models)
 * @param bos            BOS id or -1
 * @param eos            EOS id or -1
 * @param unk            unknown-token id or -1
 * @param pad            padding id or -1
 * @param sep            separator id or -1 (BERT)
 * @param cls            classification id or -1 (BERT)
 * @param addBos         whether a sequence starts with BOS, or null when the file does not say
 * @param addEos         whether a sequence ends with EOS, or null when the file does not say
 * @param addSpacePrefix SentencePiece's leading space, or null when the file does not say
 */
public record GgufVocab(String model, String pre, String[] tokens, int[] types, float[] scores, List<String> merges,
        int bos, int eos, int unk, int pad, int sep, int cls,
        Boolean addBos, Boolean addEos, Boolean addSpacePrefix) {

    public GgufVocab {
        if (model == null || tokens == null || tokens.length == 0) {
            throw new IllegalArgumentException("a GGUF vocabulary needs tokenizer.ggml.model and tokenizer.ggml.tokens");
        }
        merges = merges == null ? List.of() : List.copyOf(merges);
    }

    /** The token table with types and scores. */
    public Vocabulary vocabulary() {
        TokenType[] t = null;
        if (types != null) {
            t = new TokenType[types.length];
            for (int i = 0; i < types.length; i++) {
                t[i] = TokenType.ofCode(types[i]);
            }
        }
        return new Vocabulary(tokens, t, scores);
    }

    /** BOS/EOS/UNK/PAD and whether to add BOS and EOS ({@code defaultAddBos} when the file is silent). */
    public SpecialIds specialIds(boolean defaultAddBos) {
        boolean b = (addBos == null ? defaultAddBos : addBos) && bos >= 0;
        boolean e = addEos != null && addEos && eos >= 0;
        return new SpecialIds(bos, eos, unk, pad, b, e);
    }
}
