package dev.starling.engine.model.gpt;

import dev.starling.engine.format.gguf.GgufFile;
import dev.starling.engine.format.gguf.GgufValue;
import dev.starling.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GptGgufExportTest {
    static final GptConfig CONFIG = new GptConfig(260, 32, 2, 4, 128, 16, 1e-5f);

    static List<String> vocab() {
        List<String> v = new ArrayList<>();
        for (int i = 0; i < 259; i++) {
            v.add("t" + i);
        }
        v.add("<|endoftext|>");
        return v;
    }

    @Test
    void f32ExportReadsBackBitExactlyInGgmlLayout(@TempDir Path dir) throws Exception {
        TrainableGpt gpt = TrainableGpt.random(CONFIG, 0f, 7);
        Path file = dir.resolve("m.gguf");
        GptGgufExport.write(file, gpt, CONFIG, vocab(), List.of("t1 t2"), 259, false,
                Map.of("general.description", GgufValue.string("test")));
        Map<String, Tensor> w = gpt.weights();
        try (GgufFile g = GgufFile.open(file)) {
            assertEquals("gpt2", g.metadata().getString("general.architecture"));
            assertEquals(2, g.metadata().getInt("gpt2.block_count"));
            assertEquals(260, g.metadata().getStringArray("tokenizer.ggml.tokens").length);
            assertArrayEquals(w.get("wte.weight").f32(), g.tensorF32("token_embd.weight").f32());
            assertArrayEquals(w.get("h.1.ln_2.bias").f32(), g.tensorF32("blk.1.ffn_norm.bias").f32());
            // c_fc is [in=32, out=128]; GGUF holds [out, in] rows: element (o, i) = c_fc[i][o]
            float[] fc = w.get("h.0.mlp.c_fc.weight").f32();
            float[] up = g.tensorF32("blk.0.ffn_up.weight").f32();
            for (int o = 0; o < 128; o++) {
                for (int i = 0; i < 32; i++) {
                    assertEquals(fc[i * 128 + o], up[o * 32 + i]);
                }
            }
            assertEquals(2 + 2 * 12 + 3, g.tensors().size()); // embeddings, 12 per block, output norm (2) and output
        }
    }

    @Test
    void q8ExportStaysCloseToF32(@TempDir Path dir) throws Exception {
        TrainableGpt gpt = TrainableGpt.random(CONFIG, 0f, 7);
        Path file = dir.resolve("q.gguf");
        GptGgufExport.write(file, gpt, CONFIG, vocab(), List.of(), 259, true, Map.of());
        try (GgufFile g = GgufFile.open(file)) {
            float[] ref = gpt.weights().get("wte.weight").f32();
            float[] q = g.tensorF32("token_embd.weight").f32();
            double maxAbs = 0;
            double maxErr = 0;
            for (int i = 0; i < ref.length; i++) {
                maxAbs = Math.max(maxAbs, Math.abs(ref[i]));
                maxErr = Math.max(maxErr, Math.abs(ref[i] - q[i]));
            }
            assertTrue(maxErr <= maxAbs / 127 + 1e-6, "Q8_0 error " + maxErr + " vs range " + maxAbs);
        }
    }
}
