package dev.starling.engine.model.bert;

import dev.starling.engine.tensor.Tensor;
import dev.starling.engine.train.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Fresh BERT weights for training from scratch: N(0, 0.02²) matrices, zero biases, unit LayerNorm gains (BERT's init). */
public final class BertInit {
    private BertInit() {
    }

    /** Weights by HuggingFace name, linear weights [in, out]. */
    public static Map<String, Tensor> random(BertConfig c, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Map<String, Tensor> w = new LinkedHashMap<>();
        w.put("embeddings.word_embeddings.weight", Parameters.normal(r, 0.02, c.vocabSize(), c.hidden()));
        w.put("embeddings.position_embeddings.weight", Parameters.normal(r, 0.02, c.maxPositions(), c.hidden()));
        w.put("embeddings.token_type_embeddings.weight", Parameters.normal(r, 0.02, c.typeVocabSize(), c.hidden()));
        w.put("embeddings.LayerNorm.weight", Parameters.ones(c.hidden()));
        w.put("embeddings.LayerNorm.bias", Tensor.zeros(c.hidden()));
        for (int l = 0; l < c.layers(); l++) {
            String p = "encoder.layer." + l + ".";
            for (String name : new String[] {"attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense"}) {
                w.put(p + name + ".weight", Parameters.normal(r, 0.02, c.hidden(), c.hidden()));
                w.put(p + name + ".bias", Tensor.zeros(c.hidden()));
            }
            w.put(p + "attention.output.LayerNorm.weight", Parameters.ones(c.hidden()));
            w.put(p + "attention.output.LayerNorm.bias", Tensor.zeros(c.hidden()));
            w.put(p + "intermediate.dense.weight", Parameters.normal(r, 0.02, c.hidden(), c.intermediate()));
            w.put(p + "intermediate.dense.bias", Tensor.zeros(c.intermediate()));
            w.put(p + "output.dense.weight", Parameters.normal(r, 0.02, c.intermediate(), c.hidden()));
            w.put(p + "output.dense.bias", Tensor.zeros(c.hidden()));
            w.put(p + "output.LayerNorm.weight", Parameters.ones(c.hidden()));
            w.put(p + "output.LayerNorm.bias", Tensor.zeros(c.hidden()));
        }
        return w;
    }
}
