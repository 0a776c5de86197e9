package dev.starling.engine.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.starling.engine.format.onnx.OnnxModel;
import dev.starling.engine.json.Json;
import dev.starling.engine.json.JsonWriter;
import dev.starling.engine.model.bert.BertModel;
import dev.starling.engine.model.bert.BertOnnxLoader;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.tokenizer.WordPieceTokenizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sentence embeddings from the pure-Java engine against an independent reference pipeline:
 * HuggingFace tokenizers (DJL) → ONNX Runtime (fp32) → mean pooling → L2 normalisation, on every
 * post of the committed test set (tokenizer/posts.jsonl). Posts longer than the window are split
 * into the same windows on both sides and averaged. Tolerances: per post cosine ≥ 0.9999 and
 * max |difference| ≤ 1e-4 (the bar; observed differences are ~1e-6).
 */
class OrtParityTest {
    static final int MAX_TOKENS = 256;
    static final int OVERLAP = 32;

    static Kernels kernels;
    static BertModel bert;
    static String tokenizerJson;
    static BertSentenceEmbedder embedder;
    static HuggingFaceTokenizer reference;
    static OrtEnvironment env;
    static OrtSession session;
    static List<String> posts;

    @BeforeAll
    static void setUp() throws Exception {
        byte[] onnx;
        try (InputStream in = OrtParityTest.class.getResourceAsStream("/all-minilm-l6-v2.onnx")) {
            onnx = in.readAllBytes();
        }
        try (InputStream in = OrtParityTest.class.getResourceAsStream("/all-minilm-l6-v2-tokenizer.json")) {
            tokenizerJson = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        kernels = KernelRegistry.create(2);
        bert = BertOnnxLoader.load(OnnxModel.read(new java.io.ByteArrayInputStream(onnx), "minilm"), kernels);
        embedder = new BertSentenceEmbedder(WordPieceTokenizer.fromJsonString(tokenizerJson), bert, MAX_TOKENS, OVERLAP,
                LongTextPolicy.CHUNK, 32, 0);
        Path tmp = Files.createTempFile("tokenizer", ".json");
        Files.writeString(tmp, tokenizerJson);
        reference = HuggingFaceTokenizer.builder().optTokenizerPath(tmp).optAddSpecialTokens(false)
                .optTruncation(false).optPadding(false).build();
        Files.delete(tmp);
        env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions opts = new OrtSession.SessionOptions();
        opts.setIntraOpNumThreads(2);
        session = env.createSession(onnx, opts);
        posts = loadPosts();
        assertTrue(posts.size() >= 300, "test set has " + posts.size() + " posts");
    }

    static List<String> loadPosts() throws IOException {
        try (InputStream in = OrtParityTest.class.getResourceAsStream("/tokenizer/posts.jsonl")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty()) {
                    out.add((String) Json.parse(line));
                }
            }
            return out;
        }
    }

    @AfterAll
    static void tearDown() throws Exception {
        session.close();
        reference.close();
        kernels.parallel().close();
    }

    /** The reference embedding: DJL pieces → same windows → ORT → mean pool → normalise → average. */
    static float[] referenceEmbedding(String text) throws OrtException {
        long[] pieces = reference.encode(text).getIds();
        Chunker chunker = new Chunker(MAX_TOKENS - 2, OVERLAP, LongTextPolicy.CHUNK);
        List<int[]> windows = chunker.split(Arrays.stream(pieces).mapToInt(x -> (int) x).toArray());
        float[] sum = new float[384];
        for (int[] w : windows) {
            long[] ids = new long[w.length + 2];
            ids[0] = 101;
            for (int i = 0; i < w.length; i++) {
                ids[i + 1] = w[i];
            }
            ids[ids.length - 1] = 102;
            float[] v = ort(ids);
            for (int j = 0; j < 384; j++) {
                sum[j] += v[j];
            }
        }
        return windows.size() > 1 ? Pooling.l2Normalize(sum) : sum;
    }

    static float[] ort(long[] ids) throws OrtException {
        long[] mask = new long[ids.length];
        Arrays.fill(mask, 1);
        try (OnnxTensor a = OnnxTensor.createTensor(env, new long[][] {ids});
             OnnxTensor b = OnnxTensor.createTensor(env, new long[][] {mask});
             OnnxTensor c = OnnxTensor.createTensor(env, new long[][] {new long[ids.length]});
             OrtSession.Result r = session.run(Map.of("input_ids", a, "attention_mask", b, "token_type_ids", c))) {
            float[][] h = ((float[][][]) r.get(0).getValue())[0];
            float[] v = new float[384];
            for (float[] row : h) {
                for (int j = 0; j < 384; j++) {
                    v[j] += row[j];
                }
            }
            for (int j = 0; j < 384; j++) {
                v[j] /= h.length;
            }
            return Pooling.l2Normalize(v);
        }
    }

    @Test
    void everyPostMatchesOnnxRuntime() throws OrtException {
        float[][] ours = embedder.embed(posts);
        double worstCos = 1;
        double worstDiff = 0;
        int chunked = 0;
        for (int p = 0; p < posts.size(); p++) {
            float[] ref = referenceEmbedding(posts.get(p));
            double dot = 0;
            double na = 0;
            double nb = 0;
            double diff = 0;
            for (int j = 0; j < 384; j++) {
                dot += (double) ours[p][j] * ref[j];
                na += (double) ours[p][j] * ours[p][j];
                nb += (double) ref[j] * ref[j];
                diff = Math.max(diff, Math.abs(ours[p][j] - ref[j]));
            }
            double cos = dot / Math.sqrt(na * nb);
            worstCos = Math.min(worstCos, cos);
            worstDiff = Math.max(worstDiff, diff);
            assertTrue(cos >= 0.9999 && diff <= 1e-4, "post " + (p + 1) + " "
                    + JsonWriter.write(posts.get(p)) + ": cosine " + cos + ", max diff " + diff);
            assertEquals(1.0, na, 1e-5, "our vector is not unit length for post " + (p + 1));
            if (embedder.chunker().windowsNeeded(reference.encode(posts.get(p)).getIds().length) > 1) {
                chunked++;
            }
        }
        System.out.printf("ORT parity over %d posts (%d chunked): worst cosine %.9f, worst max|diff| %.2e%n",
                posts.size(), chunked, worstCos, worstDiff);
    }

    /** Long texts (40, 100 and 250 posts joined: hundreds to thousands of pieces) take the windowed path on both sides. */
    @Test
    void longTextsMatchOnnxRuntimeWindowByWindow() throws OrtException {
        List<String> longTexts = new ArrayList<>();
        for (int size : new int[] {40, 100, 250}) {
            longTexts.add(String.join(" ", posts.subList(0, size)));
        }
        float[][] ours = embedder.embed(longTexts);
        for (int i = 0; i < longTexts.size(); i++) {
            assertTrue(embedder.chunker().windowsNeeded(reference.encode(longTexts.get(i)).getIds().length) > 1);
            float[] ref = referenceEmbedding(longTexts.get(i));
            double dot = 0;
            for (int j = 0; j < 384; j++) {
                dot += (double) ours[i][j] * ref[j];
                assertEquals(ref[j], ours[i][j], 1e-4, "long text " + i + " dim " + j);
            }
            assertTrue(dot >= 0.9999, "long text " + i + " cosine " + dot);
        }
    }

    @Test
    void batchSizeDoesNotChangeResults() {
        List<String> sample = posts.subList(0, 64);
        float[][] big = embedder.embed(sample);
        BertSentenceEmbedder single = new BertSentenceEmbedder(WordPieceTokenizer.fromJsonString(tokenizerJson),
                bert, MAX_TOKENS, OVERLAP, LongTextPolicy.CHUNK, 1, 0);
        float[][] one = single.embed(sample);
        // bitwise: a row's arithmetic does not depend on its batch, its thread or the JIT's state
        for (int p = 0; p < sample.size(); p++) {
            assertArrayEquals(big[p], one[p], 0f, "post " + p);
        }
    }
}
