package dev.starling.engine.format.onnx;

import dev.starling.engine.model.bert.BertConfig;
import dev.starling.engine.model.bert.BertOnnxLoader;
import dev.starling.engine.tensor.Tensor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our protobuf reader and graph walk on the real all-MiniLM-L6-v2 export. */
class MiniLmOnnxTest {
    static OnnxModel model;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = MiniLmOnnxTest.class.getResourceAsStream("/all-minilm-l6-v2.onnx")) {
            assertNotNull(in, "the langchain4j all-minilm-l6-v2 jar must be on the test classpath");
            model = OnnxModel.read(in, "all-minilm-l6-v2.onnx");
        }
    }

    @Test
    void graphAndInitializersAreRead() {
        assertEquals("pytorch", model.producer());
        // counted independently with a Python protobuf walk of the same file
        assertEquals(637, model.nodes().size());
        assertEquals(102, model.initializerNames().size());
        assertEquals(48, model.nodes().stream().filter(n -> n.opType().equals("MatMul")).count());
        Tensor words = model.initializer("embeddings.word_embeddings.weight");
        assertArrayEquals(new int[] {30522, 384}, words.shape().dims());
    }

    @Test
    void anonymousMatMulWeightsAreMappedToTheirLayers() {
        Map<String, Tensor> w = BertOnnxLoader.namedWeights(new OnnxGraph(model));
        // the exporter's order: query, key, value, attention output, intermediate, output per layer
        assertTrue(w.get("encoder.layer.0.attention.self.query.weight").contentEquals(model.initializer("onnx::MatMul_787")));
        assertTrue(w.get("encoder.layer.0.attention.self.key.weight").contentEquals(model.initializer("onnx::MatMul_788")));
        assertTrue(w.get("encoder.layer.0.intermediate.dense.weight").contentEquals(model.initializer("onnx::MatMul_798")));
        assertTrue(w.get("encoder.layer.5.output.dense.weight").contentEquals(model.initializer("onnx::MatMul_864")));
        assertArrayEquals(new int[] {1536, 384}, w.get("encoder.layer.3.output.dense.weight").shape().dims());
        long linear = w.keySet().stream().filter(k -> k.startsWith("encoder.") && k.endsWith("dense.weight")
                || k.matches("encoder\\.layer\\.\\d\\.attention\\.self\\.(query|key|value)\\.weight")).count();
        assertEquals(36, linear);
    }

    @Test
    void configIsInferredFromTheGraph() {
        OnnxGraph g = new OnnxGraph(model);
        BertConfig c = BertOnnxLoader.config(g, BertOnnxLoader.namedWeights(g));
        assertEquals(new BertConfig(30522, 384, 6, 12, 1536, 512, 2, 1e-12f), c);
    }
}
