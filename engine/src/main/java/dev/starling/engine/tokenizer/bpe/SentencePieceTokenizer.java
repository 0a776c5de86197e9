package dev.starling.engine.tokenizer.bpe;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * SentencePiece BPE with byte fallback (Llama 2, TinyLlama, Mistral, Phi-3): spaces become
 * {@code ▁} (U+2581), one {@code ▁} is prepended to text that starts a sequence or follows a special
 * token ({@code add_space_prefix}); then, starting from one symbol per code point, the adjacent pair
 * whose concatenation is the piece of highest score is merged, repeatedly. A symbol that is no piece
 * (a character outside the vocabulary) becomes its UTF-8 bytes as {@code <0xNN>} pieces.
 *
 * <p>Only {@link TokenType#NORMAL} and {@link TokenType#USER_DEFINED} pieces are merge results, as in
 * SentencePiece: text that spells a control piece such as {@code <s>} never turns into it.
 */
public final class SentencePieceTokenizer extends LmTokenizer {
    private static final char SPACE = '\u2581';

    private final boolean addSpacePrefix;
    private final int[] byteIds = new int[256];
    private final PairMerger.Rule rule = new PairMerger.Rule() {
        @Override
        public double priority(String s, int from, int mid, int to, int leftId, int rightId) {
            int id = pieceId(s.substring(from, to));
            return id < 0 ? Double.NaN : vocab.score(id);
        }

        @Override
        public int mergedId(String s, int from, int mid, int to, int leftId, int rightId) {
            return pieceId(s.substring(from, to));
        }
    };

    /** @param addSpacePrefix prepend {@code ▁} to the first text fragment (SentencePiece's default) */
    public SentencePieceTokenizer(Vocabulary vocab, boolean addSpacePrefix, SpecialIds special) {
        super(vocab, special);
        this.addSpacePrefix = addSpacePrefix;
        Arrays.fill(byteIds, -1);
        for (int b = 0; b < 256; b++) {
            byteIds[b] = vocab.id(String.format("<0x%02X>", b));
        }
    }

    private int pieceId(String text) {
        int id = vocab.id(text);
        if (id < 0) {
            return -1;
        }
        TokenType t = vocab.type(id);
        return t == TokenType.NORMAL || t == TokenType.USER_DEFINED || t == TokenType.UNDEFINED ? id : -1;
    }

    @Override
    void encodeText(String text, boolean afterSpecial, IntBuffer out) {
        String s = ((addSpacePrefix && afterSpecial ? " " : "") + text).replace(' ', SPACE);
        int n = s.codePointCount(0, s.length());
        int[] bounds = new int[n + 1];
        int[] ids = new int[n];
        for (int i = 0, at = 0; i < n; i++) {
            int next = s.offsetByCodePoints(at, 1);
            bounds[i + 1] = next;
            ids[i] = pieceId(s.substring(at, next));
            at = next;
        }
        int[] symbols = PairMerger.merge(s, bounds, ids, rule);
        for (int k = 0; k < symbols.length; k += 3) {
            if (symbols[k + 2] >= 0) {
                out.add(symbols[k + 2]);
            } else {
                byteFallback(s.substring(symbols[k], symbols[k + 1]), out);
            }
        }
    }

    private void byteFallback(String symbol, IntBuffer out) {
        for (byte b : symbol.getBytes(StandardCharsets.UTF_8)) {
            int id = byteIds[b & 0xFF];
            out.add(id >= 0 ? id : special.unk());
        }
    }

    /** The byte a {@code <0xNN>} piece stands for, or -1. */
    private int byteOf(int id) {
        String t = vocab.token(id);
        if (t.length() == 6 && t.startsWith("<0x") && t.endsWith(">")) {
            int hi = Character.digit(t.charAt(3), 16);
            int lo = Character.digit(t.charAt(4), 16);
            return hi >= 0 && lo >= 0 && byteIds[16 * hi + lo] == id ? 16 * hi + lo : -1;
        }
        return -1;
    }

    @Override
    public String decode(int[] ids, boolean skipSpecial) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int id : ids) {
            TokenType type = vocab.type(id);
            if (skipSpecial && (type == TokenType.CONTROL || type == TokenType.UNKNOWN)) {
                continue;
            }
            int b = byteOf(id);
            if (b >= 0) {
                bytes.write(b);
            } else {
                bytes.writeBytes(vocab.token(id).replace(SPACE, ' ').getBytes(StandardCharsets.UTF_8));
            }
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        // why: the prefix space was added by encoding, not written by the user (HF's Strip decoder)
        return addSpacePrefix && text.startsWith(" ") ? text.substring(1) : text;
    }
}
