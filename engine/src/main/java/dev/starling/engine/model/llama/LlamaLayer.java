package dev.starling.engine.model.llama;

import dev.starling.engine.nn.Projection;
import dev.starling.engine.nn.RmsNorm;

/**
 * One decoder block's weights. Projections are W [out, in]; biases are null unless the family has
 * them (Qwen2's q/k/v).
 *
 * @param attnNorm RMSNorm before attention [C]
 * @param wq       [H·d, C]
 * @param wk       [KvH·d, C]
 * @param wv       [KvH·d, C]
 * @param wo       [C, H·d]
 * @param ffnNorm  RMSNorm before the feed-forward [C]
 * @param gate     [I, C]
 * @param up       [I, C]
 * @param down     [C, I]
 */
public record LlamaLayer(RmsNorm attnNorm, Projection wq, float[] bq, Projection wk, float[] bk,
                         Projection wv, float[] bv, Projection wo,
                         RmsNorm ffnNorm, Projection gate, Projection up, Projection down) {

    long bytes() {
        return wq.bytes() + wk.bytes() + wv.bytes() + wo.bytes() + gate.bytes() + up.bytes() + down.bytes();
    }
}
