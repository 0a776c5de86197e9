package dev.starling.app.models;

import dev.starling.analysis.models.BaseEncoder;
import dev.starling.engine.embed.BertSentenceEmbedder;
import dev.starling.engine.embed.LongTextPolicy;
import dev.starling.engine.model.bert.BertLoader;
import dev.starling.engine.model.bert.BertModel;
import dev.starling.engine.tensor.Tensor;
import dev.starling.engine.tokenizer.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The built-in sentence encoders (ONNX weights from Maven artifacts on the classpath), run by our engine. */
public final class EncoderSource implements ModelSource {
    /** Working memory of an encoder run beside its weights (batch of 32 posts, JVM), measured roughly. */
    static final long WORKING_BYTES = 150L << 20;

    @Override
    public List<ModelInfo> list(ModelContext ctx) {
        List<ModelInfo> out = new ArrayList<>();
        out.add(info(BaseEncoder.NAME, BaseEncoder::minilm, BaseEncoder::minilmTokenizer, ctx,
                "sentence-embedding avg of 14 tasks 68.06 (sentence-transformers' model table); base of every task model"));
        out.add(info(BaseEncoder.BGE_ZH_NAME, BaseEncoder::bgeSmallZh, BaseEncoder::bgeSmallZhTokenizer, ctx,
                "Chinese; base of the shipped Chinese sentiment model"));
        return out;
    }

    private static ModelInfo info(String name, Supplier<BaseEncoder> load, Supplier<Tokenizer> tok, ModelContext ctx, String quality) {
        BaseEncoder base = load.get();
        long params = parameters(base.weights());
        double speed = Double.NaN;
        if (ctx.measure()) {
            BertModel bert = BertLoader.build(base.config(), base.weights()::get, BertLoader.LinearLayout.IN_OUT, ctx.kernels());
            BertSentenceEmbedder e = new BertSentenceEmbedder(tok.get(), bert, 128, 16, LongTextPolicy.TRUNCATE, 32, 8);
            speed = Timing.itemsPerSecond(ModelContext.PROBE_POSTS.size(), () -> e.embed(ModelContext.PROBE_POSTS));
        }
        return new ModelInfo(name, ModelInfo.Kind.ENCODER, "built-in", params, params * 4, params * 4 + WORKING_BYTES, speed, quality);
    }

    static long parameters(Map<String, Tensor> weights) {
        return weights.values().stream().mapToLong(Tensor::size).sum();
    }
}
