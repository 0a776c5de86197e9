package dev.starling.engine.tokenizer.bpe;

import dev.starling.engine.tokenizer.Encoding;
import dev.starling.engine.tokenizer.Tokenizer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A tokenizer of a generative language model (GPT-2, Llama, Qwen …): text ↔ ids over a
 * {@link Vocabulary}, with BOS/EOS instead of BERT's [CLS]/[SEP].
 *
 * <p>Encoding first finds whole tokens in the text: {@link TokenType#USER_DEFINED} ones always, and
 * {@link TokenType#CONTROL} ones (e.g. {@code <|im_start|>}) only when {@code parseSpecial} is set,
 * as llama.cpp's {@code tokenize(…, parse_special)} does. Plain text between them goes to the
 * subclass's model. A pair is encoded as two sequences back to back, each with its own BOS/EOS.
 *
 * <p>Immutable and safe to share between threads.
 */
public abstract sealed class LmTokenizer implements Tokenizer permits ByteLevelBpeTokenizer, SentencePieceTokenizer {
    protected final Vocabulary vocab;
    protected final SpecialIds special;
    private final SpecialTokenSplitter userTokens;
    private final SpecialTokenSplitter allWholeTokens;

    protected LmTokenizer(Vocabulary vocab, SpecialIds special) {
        this.vocab = vocab;
        this.special = special;
        Map<String, Integer> user = new HashMap<>();
        Map<String, Integer> all = new HashMap<>();
        for (int id = 0; id < vocab.size(); id++) {
            if (vocab.type(id).matchedWhole(false)) {
                user.putIfAbsent(vocab.token(id), id);
            }
            if (vocab.type(id).matchedWhole(true)) {
                all.putIfAbsent(vocab.token(id), id);
            }
        }
        this.userTokens = new SpecialTokenSplitter(user);
        this.allWholeTokens = new SpecialTokenSplitter(all);
    }

    /**
     * Encodes one stretch of plain text (no whole tokens in it) into {@code out}.
     *
     * @param afterSpecial true at the start of the text and right after a whole token
     */
    abstract void encodeText(String text, boolean afterSpecial, IntBuffer out);

    /** The text of {@code ids}; special tokens are written out unless {@code skipSpecial}. */
    public abstract String decode(int[] ids, boolean skipSpecial);

    /** The text of {@code ids}, special tokens written out: the inverse of {@link #encode(String, boolean)}. */
    public String decode(int[] ids) {
        return decode(ids, false);
    }

    /** The pieces of {@code text}; control tokens in it are parsed only when {@code parseSpecial}. */
    public int[] encode(String text, boolean parseSpecial) {
        IntBuffer out = new IntBuffer();
        SpecialTokenSplitter whole = parseSpecial ? allWholeTokens : userTokens;
        whole.split(text, new SpecialTokenSplitter.Sink() {
            private boolean afterSpecial = true;

            @Override
            public void text(String t) {
                encodeText(t, afterSpecial, out);
                afterSpecial = false;
            }

            @Override
            public void token(int id) {
                out.add(id);
                afterSpecial = true;
            }
        });
        return out.toArray();
    }

    public Vocabulary vocabulary() {
        return vocab;
    }

    public int bosId() {
        return special.bos();
    }

    public int eosId() {
        return special.eos();
    }

    @Override
    public int[] tokenize(String text) {
        return encode(text, false);
    }

    @Override
    public Encoding encode(String text) {
        return withSpecialTokens(tokenize(text));
    }

    @Override
    public Encoding encode(String text, int maxLength) {
        return withSpecialTokens(cut(tokenize(text), room(maxLength)));
    }

    @Override
    public Encoding encodePair(String a, String b) {
        return pair(tokenize(a), tokenize(b));
    }

    @Override
    public Encoding encodePair(String a, String b, int maxLength) {
        int[] pa = tokenize(a);
        int[] pb = tokenize(b);
        int room = maxLength - 2 * special.count();
        if (room <= 0) {
            throw new IllegalArgumentException("maxLength " + maxLength + " leaves no room beyond the special tokens");
        }
        int la = pa.length;
        int lb = pb.length;
        while (la + lb > room) { // HF LongestFirst: cut the longer one, one token at a time
            if (la > lb) {
                la--;
            } else {
                lb--;
            }
        }
        return pair(Arrays.copyOf(pa, la), Arrays.copyOf(pb, lb));
    }

    @Override
    public Encoding withSpecialTokens(int[] pieceIds) {
        int[] ids = wrap(pieceIds);
        return new Encoding(ids, new int[ids.length], ones(ids.length));
    }

    private Encoding pair(int[] a, int[] b) {
        int[] wa = wrap(a);
        int[] wb = wrap(b);
        int[] ids = Arrays.copyOf(wa, wa.length + wb.length);
        System.arraycopy(wb, 0, ids, wa.length, wb.length);
        int[] types = new int[ids.length];
        Arrays.fill(types, wa.length, ids.length, 1);
        return new Encoding(ids, types, ones(ids.length));
    }

    private int[] wrap(int[] pieces) {
        IntBuffer out = new IntBuffer();
        if (special.addBos()) {
            out.add(special.bos());
        }
        out.addAll(pieces);
        if (special.addEos()) {
            out.add(special.eos());
        }
        return out.toArray();
    }

    private int room(int maxLength) {
        int room = maxLength - special.count();
        if (room <= 0) {
            throw new IllegalArgumentException("maxLength " + maxLength + " leaves no room beyond the special tokens");
        }
        return room;
    }

    private static int[] cut(int[] ids, int n) {
        return ids.length <= n ? ids : Arrays.copyOf(ids, n);
    }

    private static int[] ones(int n) {
        int[] m = new int[n];
        Arrays.fill(m, 1);
        return m;
    }

    @Override
    public int vocabSize() {
        return vocab.size();
    }

    @Override
    public int tokenId(String token) {
        return vocab.id(token);
    }

    @Override
    public String token(int id) {
        return vocab.token(id);
    }

    /** Generative models have no classification token. */
    @Override
    public int clsId() {
        return -1;
    }

    /** Generative models have no separator token. */
    @Override
    public int sepId() {
        return -1;
    }

    @Override
    public int padId() {
        return special.pad();
    }

    @Override
    public int unkId() {
        return special.unk();
    }

    @Override
    public int maskId() {
        return -1;
    }
}
