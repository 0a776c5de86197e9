package dev.starling.engine.model.gpt;

import dev.starling.engine.format.gguf.GgufValue;
import dev.starling.engine.format.gguf.GgufWriter;
import dev.starling.engine.tensor.Q8_0Storage;
import dev.starling.engine.tensor.Tensor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link TrainableGpt} with its byte-level BPE vocabulary as a GGUF file in llama.cpp's
 * {@code gpt2} layout: {@code token_embd}, {@code position_embd}, per block {@code attn_norm},
 * {@code attn_qkv}, {@code attn_output}, {@code ffn_norm}, {@code ffn_up}, {@code ffn_down}, then
 * {@code output_norm} and {@code output} (the tied embeddings, written out because readers expect it).
 * TrainableGpt keeps linear weights [in, out] (GPT-2's Conv1D); they are transposed here to the
 * [out, in] rows GGUF stores (dims reversed on disk: ne0 = in).
 */
public final class GptGgufExport {
    private GptGgufExport() {
    }

    /**
     * @param quantize store the matrices as Q8_0 (norms, biases and positions stay F32); every width must be a multiple of 32
     * @param tokens   the vocabulary by id (byte-level BPE spellings; special tokens last)
     * @param merges   the merge rules "a b" in rank order
     * @param eot      the id of the end-of-text token (also the beginning-of-text token)
     * @param extra    more metadata (e.g. general.description, training provenance)
     */
    public static void write(Path file, TrainableGpt gpt, GptConfig c, List<String> tokens, List<String> merges, int eot,
                             boolean quantize, Map<String, GgufValue> extra) throws IOException {
        Map<String, Tensor> w = gpt.weights();
        GgufWriter g = new GgufWriter()
                .put("general.architecture", GgufValue.string("gpt2"))
                .put("general.name", GgufValue.string("starling-tweet-gpt"))
                .put("general.file_type", GgufValue.uint32(quantize ? 7 : 0)) // llama.cpp's MOSTLY_Q8_0 / ALL_F32
                .put("gpt2.context_length", GgufValue.uint32(c.maxPositions()))
                .put("gpt2.embedding_length", GgufValue.uint32(c.hidden()))
                .put("gpt2.feed_forward_length", GgufValue.uint32(c.intermediate()))
                .put("gpt2.block_count", GgufValue.uint32(c.layers()))
                .put("gpt2.attention.head_count", GgufValue.uint32(c.heads()))
                .put("gpt2.attention.layer_norm_epsilon", GgufValue.float32(c.layerNormEps()))
                .put("starling.gelu", GgufValue.string("erf")) // TrainableGpt uses exact GELU; GPT-2 GGUF readers assume tanh
                .put("tokenizer.ggml.model", GgufValue.string("gpt2"))
                .put("tokenizer.ggml.pre", GgufValue.string("gpt-2"))
                .put("tokenizer.ggml.tokens", GgufValue.strings(tokens.toArray(String[]::new)))
                .put("tokenizer.ggml.token_type", GgufValue.int32s(tokenTypes(tokens.size(), eot)))
                .put("tokenizer.ggml.merges", GgufValue.strings(merges.toArray(String[]::new)))
                .put("tokenizer.ggml.bos_token_id", GgufValue.uint32(eot))
                .put("tokenizer.ggml.eos_token_id", GgufValue.uint32(eot));
        extra.forEach(g::put);
        g.tensor("token_embd.weight", matrix(w.get("wte.weight"), quantize));
        g.tensor("position_embd.weight", w.get("wpe.weight"));
        for (int l = 0; l < c.layers(); l++) {
            String h = "h." + l + ".";
            String b = "blk." + l + ".";
            g.tensor(b + "attn_norm.weight", w.get(h + "ln_1.weight")).tensor(b + "attn_norm.bias", w.get(h + "ln_1.bias"));
            g.tensor(b + "attn_qkv.weight", matrix(transpose(w.get(h + "attn.c_attn.weight")), quantize));
            g.tensor(b + "attn_qkv.bias", w.get(h + "attn.c_attn.bias"));
            g.tensor(b + "attn_output.weight", matrix(transpose(w.get(h + "attn.c_proj.weight")), quantize));
            g.tensor(b + "attn_output.bias", w.get(h + "attn.c_proj.bias"));
            g.tensor(b + "ffn_norm.weight", w.get(h + "ln_2.weight")).tensor(b + "ffn_norm.bias", w.get(h + "ln_2.bias"));
            g.tensor(b + "ffn_up.weight", matrix(transpose(w.get(h + "mlp.c_fc.weight")), quantize));
            g.tensor(b + "ffn_up.bias", w.get(h + "mlp.c_fc.bias"));
            g.tensor(b + "ffn_down.weight", matrix(transpose(w.get(h + "mlp.c_proj.weight")), quantize));
            g.tensor(b + "ffn_down.bias", w.get(h + "mlp.c_proj.bias"));
        }
        g.tensor("output_norm.weight", w.get("ln_f.weight")).tensor("output_norm.bias", w.get("ln_f.bias"));
        g.tensor("output.weight", matrix(w.get("wte.weight"), quantize));
        g.write(file);
    }

    /** llama.cpp token types: 1 normal, 3 control (the end-of-text token). */
    private static int[] tokenTypes(int n, int eot) {
        int[] t = new int[n];
        java.util.Arrays.fill(t, 1);
        t[eot] = 3;
        return t;
    }

    /** [rows, cols] → [cols, rows]. */
    static Tensor transpose(Tensor t) {
        if (t == null) {
            throw new IllegalArgumentException("missing weight");
        }
        return t.toF32().transpose2d();
    }

    private static Tensor matrix(Tensor t, boolean quantize) {
        if (t == null) {
            throw new IllegalArgumentException("missing weight");
        }
        return quantize ? new Tensor(t.shape(), Q8_0Storage.quantize(t.toF32().f32())) : t;
    }
}
