package dev.starling.engine.generate;

import dev.starling.engine.tokenizer.bpe.LmTokenizer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link TextCodec} over a byte-level BPE or SentencePiece {@link LmTokenizer} (GGUF and
 * tokenizer.json vocabularies): prompts get BOS when the vocabulary asks for it (never a trailing
 * EOS), special tokens are skipped when decoding, and the text ends at EOS or at one of the
 * end-of-turn tokens chat models emit instead.
 */
public final class LmTokenizerCodec implements TextCodec {
    /** End-of-turn tokens of common chat vocabularies (Llama 3, ChatML/Qwen, GPT-2, Phi, Llama 2). */
    private static final List<String> END_TOKENS = List.of("<|eot_id|>", "<|end_of_text|>", "<|im_end|>",
            "<|endoftext|>", "<|end|>", "</s>");

    private final LmTokenizer tokenizer;
    private final Set<Integer> ends = new HashSet<>();
    private final boolean trailingEos;
    private final int bos;

    public LmTokenizerCodec(LmTokenizer tokenizer) {
        this(tokenizer, -1);
    }

    /**
     * @param bos an id every prompt must start with even if the vocabulary does not add it (e.g. the
     *            {@code <|endoftext|>} that frames each tweet in Starling's own causal LMs), or -1
     */
    public LmTokenizerCodec(LmTokenizer tokenizer, int bos) {
        this.tokenizer = tokenizer;
        this.bos = bos;
        if (tokenizer.eosId() >= 0) {
            ends.add(tokenizer.eosId());
        }
        for (String t : END_TOKENS) {
            int id = tokenizer.tokenId(t);
            if (id >= 0) {
                ends.add(id);
            }
        }
        int[] empty = tokenizer.withSpecialTokens(new int[0]).ids();
        trailingEos = empty.length > 0 && empty[empty.length - 1] == tokenizer.eosId();
    }

    @Override
    public int[] encode(String text) {
        int[] ids = tokenizer.encode(text).ids();
        if (trailingEos) {
            ids = java.util.Arrays.copyOf(ids, ids.length - 1);
        }
        if (bos >= 0 && (ids.length == 0 || ids[0] != bos)) {
            int[] withBos = new int[ids.length + 1];
            withBos[0] = bos;
            System.arraycopy(ids, 0, withBos, 1, ids.length);
            ids = withBos;
        }
        return ids;
    }

    @Override
    public String decode(int[] ids) {
        return tokenizer.decode(ids, true);
    }

    @Override
    public boolean isEndOfText(int id) {
        return ends.contains(id);
    }
}
