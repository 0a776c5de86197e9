package dev.starling.engine.model.gpt2;

import dev.starling.engine.nn.Projection;
import dev.starling.engine.nn.RowLayerNorm;

/**
 * One GPT-2 block's weights (projections W [out, in] once loaded; biases [out]).
 *
 * @param qkv  c_attn [3C, C]: rows of Q, then K, then V
 * @param proj c_proj [C, C]
 * @param fc   mlp.c_fc [I, C]
 * @param out  mlp.c_proj [C, I]
 */
public record Gpt2Layer(RowLayerNorm ln1, Projection qkv, float[] qkvBias, Projection proj, float[] projBias,
                        RowLayerNorm ln2, Projection fc, float[] fcBias, Projection out, float[] outBias) {
    long bytes() {
        return qkv.bytes() + proj.bytes() + fc.bytes() + out.bytes();
    }
}
