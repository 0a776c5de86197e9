package dev.starling.engine.tokenizer;

/**
 * Text → token ids for a Transformer encoder, id-for-id equal to the HuggingFace {@code tokenizers}
 * library configured by the same tokenizer.json.
 *
 * <p>"Pieces" are the model's own tokens for the text, without the special tokens a model expects
 * around a sequence ([CLS] … [SEP] for BERT); added tokens written literally in the text (e.g.
 * {@code "[MASK]"}) are pieces too, as in HF. An {@link Encoding} is the full model input.
 *
 * <p>Implementations are immutable and safe to share between threads.
 */
public interface Tokenizer {

    /** The pieces of {@code text}, without special tokens and without truncation. */
    int[] tokenize(String text);

    /** {@code text} with special tokens, not truncated (it may exceed the model's maximum length). */
    Encoding encode(String text);

    /**
     * {@code text} with special tokens, truncated as HF does with truncation enabled: the pieces are
     * cut so that the result, special tokens included, has at most {@code maxLength} tokens.
     *
     * @throws IllegalArgumentException if {@code maxLength} leaves no room beyond the special tokens'
     */
    Encoding encode(String text, int maxLength);

    /** A pair of texts (e.g. query and passage) as one input: {@code [CLS] a [SEP] b [SEP]}, type ids 0/1. */
    Encoding encodePair(String a, String b);

    /**
     * A pair truncated to at most {@code maxLength} tokens, special tokens included, by HF's
     * {@code LongestFirst} rule: the longer text is cut first; if both are long, each keeps half.
     */
    Encoding encodePair(String a, String b, int maxLength);

    /** Wraps pieces (e.g. a chunk of a long post's pieces) in the special tokens of a single sequence. */
    Encoding withSpecialTokens(int[] pieceIds);

    /** The number of ids, {@code max id + 1}: the row count of the embedding matrix. */
    int vocabSize();

    /** The id of a token (a vocabulary entry such as {@code "##ing"} or an added token), or -1. */
    int tokenId(String token);

    /**
     * The token of an id.
     *
     * @throws IllegalArgumentException if no token has this id
     */
    String token(int id);

    /** The tokens of the given ids, e.g. to show an {@link Encoding}. */
    default String[] tokens(int[] ids) {
        String[] out = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = token(ids[i]);
        }
        return out;
    }

    /** The id of the classification token that starts a sequence ([CLS]), or -1 if there is none. */
    int clsId();

    /** The id of the separator token that ends a sequence ([SEP]), or -1 if there is none. */
    int sepId();

    /** The id of the padding token ([PAD]), or -1 if there is none. */
    int padId();

    /** The id of the unknown token ([UNK]). */
    int unkId();

    /** The id of the mask token used in masked-language-model training ([MASK]), or -1 if there is none. */
    int maskId();
}
