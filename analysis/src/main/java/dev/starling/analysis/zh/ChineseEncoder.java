package dev.starling.analysis.zh;

import dev.starling.analysis.models.BaseEncoder;
import dev.starling.engine.embed.BertSentenceEmbedder;
import dev.starling.engine.embed.LongTextPolicy;
import dev.starling.engine.embed.SentencePooling;
import dev.starling.engine.model.bert.BertLoader;
import dev.starling.engine.model.bert.BertModel;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tokenizer.Tokenizer;

import java.util.List;

/**
 * Sentence vectors for Chinese posts from bge-small-zh-v1.5 on the pure-Java engine: the
 * tokenizer from the model's tokenizer.json (cased WordPiece, every CJK character its own word),
 * the encoder from its ONNX export (the same graph walk as all-MiniLM-L6-v2), then the pooled
 * vector scaled to unit length. Posts longer than the model's 512 positions are split into
 * overlapping windows whose vectors are averaged, as for English posts.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class ChineseEncoder {
    /** The model's position limit, [CLS] and [SEP] included. */
    public static final int MAX_TOKENS = 512;
    static final int OVERLAP = 32;
    static final int BATCH = 32;

    private final BertModel model;
    private final Tokenizer tokenizer;
    private final BertSentenceEmbedder embedder;
    private final SentencePooling pooling;

    private ChineseEncoder(BertModel model, Tokenizer tokenizer, SentencePooling pooling) {
        this.model = model;
        this.tokenizer = tokenizer;
        this.pooling = pooling;
        this.embedder = new BertSentenceEmbedder(tokenizer, model, MAX_TOKENS, OVERLAP, LongTextPolicy.CHUNK, BATCH, 0, pooling);
    }

    /** bge-small-zh-v1.5 with its own pooling, [CLS] (the model card's recipe). */
    public static ChineseEncoder load(Kernels kernels) {
        return load(kernels, SentencePooling.CLS);
    }

    /** bge-small-zh-v1.5 with the given pooling. */
    public static ChineseEncoder load(Kernels kernels, SentencePooling pooling) {
        BaseEncoder base = BaseEncoder.bgeSmallZh();
        BertModel model = BertLoader.build(base.config(), base.weights()::get, BertLoader.LinearLayout.IN_OUT, kernels);
        return new ChineseEncoder(model, BaseEncoder.bgeSmallZhTokenizer(), pooling);
    }

    /** The same encoder weights and tokenizer with another pooling (no reload). */
    public ChineseEncoder withPooling(SentencePooling other) {
        return other == pooling ? this : new ChineseEncoder(model, tokenizer, other);
    }

    /** Unit vectors [texts][512], in order. */
    public float[][] embed(List<String> texts) {
        return embedder.embed(texts);
    }

    public int dimension() {
        return model.config().hidden();
    }

    public SentencePooling pooling() {
        return pooling;
    }

    public Tokenizer tokenizer() {
        return tokenizer;
    }

    /** The encoder itself (last hidden state per token), e.g. for parity checks. */
    public BertModel model() {
        return model;
    }
}
