package dev.starling.engine.tokenizer.bpe;

/**
 * The special token ids of a generative model's vocabulary and whether a sequence gets BOS / EOS
 * (GGUF {@code tokenizer.ggml.add_bos_token}, {@code add_eos_token}); -1 where there is none.
 */
public record SpecialIds(int bos, int eos, int unk, int pad, boolean addBos, boolean addEos) {

    /** No special tokens, nothing added: how GPT-2 encodes. */
    public static SpecialIds none() {
        return new SpecialIds(-1, -1, -1, -1, false, false);
    }

    public SpecialIds {
        if (addBos && bos < 0) {
            throw new IllegalArgumentException("addBos without a BOS token");
        }
        if (addEos && eos < 0) {
            throw new IllegalArgumentException("addEos without an EOS token");
        }
    }

    /** The number of special tokens around one sequence. */
    int count() {
        return (addBos ? 1 : 0) + (addEos ? 1 : 0);
    }
}
