package dev.starling.engine.generate;

import dev.starling.engine.tokenizer.Tokenizer;

/**
 * A {@link TextCodec} over a WordPiece {@link Tokenizer}, for decoders trained on WordPiece ids
 * (Starling's own {@code pretrain --objective clm} models): a prompt starts with [CLS], [SEP]
 * ends the text, and decoding glues "##" continuations to the previous piece and puts a space
 * between words (the lower-cased, space-normalised form WordPiece keeps).
 */
public final class WordPieceCodec implements TextCodec {
    private final Tokenizer tokenizer;

    public WordPieceCodec(Tokenizer tokenizer) {
        if (tokenizer.clsId() < 0 || tokenizer.sepId() < 0) {
            throw new IllegalArgumentException("a WordPiece decoder needs [CLS] and [SEP] tokens");
        }
        this.tokenizer = tokenizer;
    }

    @Override
    public int[] encode(String text) {
        int[] pieces = tokenizer.tokenize(text);
        int[] ids = new int[pieces.length + 1];
        ids[0] = tokenizer.clsId();
        System.arraycopy(pieces, 0, ids, 1, pieces.length);
        return ids;
    }

    @Override
    public String decode(int[] ids) {
        StringBuilder sb = new StringBuilder();
        for (int id : ids) {
            if (id == tokenizer.clsId() || id == tokenizer.sepId() || id == tokenizer.padId()) {
                continue;
            }
            String t = tokenizer.token(id);
            if (t.startsWith("[unused") && t.endsWith("]")) {
                continue; // BERT's reserved slots: never text
            }
            if (t.startsWith("##")) {
                sb.append(t, 2, t.length());
            } else {
                sb.append(' ').append(t);
            }
        }
        return sb.toString();
    }

    @Override
    public boolean isEndOfText(int id) {
        return id == tokenizer.sepId();
    }
}
