package dev.starling.analysis.zh;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.starling.analysis.models.BaseEncoder;
import dev.starling.analysis.models.ResourceCache;
import dev.starling.engine.embed.Chunker;
import dev.starling.engine.embed.LongTextPolicy;
import dev.starling.engine.embed.Pooling;
import dev.starling.engine.embed.SentencePooling;
import dev.starling.engine.json.Json;
import dev.starling.engine.json.JsonWriter;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bge-small-zh-v1.5 on the pure-Java engine against independent references, on 132 hand-written
 * Chinese and mixed posts (zh/posts.jsonl: Simplified and Traditional, Cantonese, emoji with ZWJ
 * sequences and skin tones, Latin and other scripts mixed in, full-width letters and punctuation,
 * rare CJK extension characters, control and zero-width characters, one post over 512 tokens):
 * token ids equal to HuggingFace tokenizers (DJL) reading the same tokenizer.json, and sentence
 * vectors ([CLS] and mean, L2-normalised) within 1e-4 and cosine ≥ 0.9999 of ONNX Runtime (fp32)
 * running the same ONNX file on the reference ids.
 */
class ChineseEncoderParityTest {
    static Kernels kernels;
    static ChineseEncoder encoder;
    static HuggingFaceTokenizer reference;
    static OrtEnvironment env;
    static OrtSession session;
    static List<String> posts;

    @BeforeAll
    static void setUp() throws Exception {
        kernels = KernelRegistry.create(2);
        encoder = ChineseEncoder.load(kernels);
        String json;
        try (InputStream in = ChineseEncoderParityTest.class.getResourceAsStream(BaseEncoder.BGE_ZH_TOKENIZER_RESOURCE)) {
            assertNotNull(in, "bge-small-zh tokenizer.json missing from the classpath");
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path tmp = Files.createTempFile("bge-zh-tokenizer", ".json");
        Files.writeString(tmp, json);
        reference = HuggingFaceTokenizer.builder().optTokenizerPath(tmp).optAddSpecialTokens(true)
                .optTruncation(false).optPadding(false).build();
        Files.delete(tmp);
        env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions opts = new OrtSession.SessionOptions();
        opts.setIntraOpNumThreads(2);
        Path onnx = ResourceCache.extract(BaseEncoder.BGE_ZH_ONNX_RESOURCE);
        assertNotNull(onnx, "could not extract the bge-small-zh ONNX file");
        session = env.createSession(onnx.toString(), opts);
        posts = loadPosts();
        assertTrue(posts.size() >= 100, "test set has " + posts.size() + " posts");
    }

    static List<String> loadPosts() throws IOException {
        try (InputStream in = ChineseEncoderParityTest.class.getResourceAsStream("/zh/posts.jsonl")) {
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

    @Test
    void tokenIdsEqualHuggingFace() {
        int cjkPosts = 0;
        for (String post : posts) {
            long[] want = reference.encode(post).getIds();
            int[] got = encoder.tokenizer().encode(post).ids();
            assertArrayEquals(Arrays.stream(want).mapToInt(x -> (int) x).toArray(), got, "post " + JsonWriter.write(post));
            if (post.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                cjkPosts++;
            }
        }
        assertTrue(cjkPosts >= 100, cjkPosts + " posts contain Han characters");
        // cased: upper and lower case differ (MiniLM's tokenizer lower-cases; this one must not)
        assertTrue(!Arrays.equals(encoder.tokenizer().tokenize("Apple"), encoder.tokenizer().tokenize("apple")));
    }

    @Test
    void clsAndMeanVectorsMatchOnnxRuntime() throws OrtException {
        List<String> texts = new ArrayList<>(posts);
        texts.add(String.join("", posts)); // thousands of pieces: the windowed path on both sides
        float[][] cls = encoder.embed(texts);
        float[][] mean = encoder.withPooling(SentencePooling.MEAN).embed(texts);
        double worstCos = 1;
        double worstDiff = 0;
        for (int p = 0; p < texts.size(); p++) {
            float[][] ref = referenceVectors(texts.get(p));
            for (float[][] pair : List.of(new float[][] {cls[p], ref[0]}, new float[][] {mean[p], ref[1]})) {
                double cos = dot(pair[0], pair[1]) / Math.sqrt(dot(pair[0], pair[0]) * dot(pair[1], pair[1]));
                double diff = 0;
                for (int j = 0; j < pair[0].length; j++) {
                    diff = Math.max(diff, Math.abs(pair[0][j] - pair[1][j]));
                }
                assertTrue(cos >= 0.9999 && diff <= 1e-4, "text " + p + " " + JsonWriter.write(texts.get(p).substring(0,
                        Math.min(40, texts.get(p).length()))) + ": cosine " + cos + ", max diff " + diff);
                assertEquals(1.0, dot(pair[0], pair[0]), 1e-5, "not unit length");
                worstCos = Math.min(worstCos, cos);
                worstDiff = Math.max(worstDiff, diff);
            }
        }
        assertTrue(encoder.tokenizer().tokenize(texts.getLast()).length > 2 * ChineseEncoder.MAX_TOKENS);
        System.out.printf("bge-small-zh ORT parity over %d texts ([CLS] and mean): worst cosine %.9f, worst max|diff| %.2e%n",
                texts.size(), worstCos, worstDiff);
    }

    /** The reference: HF ids → the same windows → ORT → [CLS] / mean → normalise → average windows. */
    static float[][] referenceVectors(String text) throws OrtException {
        long[] all = reference.encode(text).getIds();
        int[] pieces = Arrays.stream(all, 1, all.length - 1).mapToInt(x -> (int) x).toArray();
        Chunker chunker = new Chunker(ChineseEncoder.MAX_TOKENS - 2, ChineseEncoder.OVERLAP, LongTextPolicy.CHUNK);
        List<int[]> windows = chunker.split(pieces);
        float[] cls = new float[512];
        float[] mean = new float[512];
        for (int[] w : windows) {
            long[] ids = new long[w.length + 2];
            ids[0] = all[0];
            for (int i = 0; i < w.length; i++) {
                ids[i + 1] = w[i];
            }
            ids[ids.length - 1] = all[all.length - 1];
            float[][] h = ort(ids);
            float[] c = Pooling.l2Normalize(h[0].clone());
            float[] m = new float[512];
            for (float[] row : h) {
                for (int j = 0; j < 512; j++) {
                    m[j] += row[j] / h.length;
                }
            }
            Pooling.l2Normalize(m);
            for (int j = 0; j < 512; j++) {
                cls[j] += c[j];
                mean[j] += m[j];
            }
        }
        if (windows.size() > 1) {
            Pooling.l2Normalize(cls);
            Pooling.l2Normalize(mean);
        }
        return new float[][] {cls, mean};
    }

    static float[][] ort(long[] ids) throws OrtException {
        long[] mask = new long[ids.length];
        Arrays.fill(mask, 1);
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, new long[][] {ids}));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, new long[][] {mask}));
            if (session.getInputNames().contains("token_type_ids")) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, new long[][] {new long[ids.length]}));
            }
            try (OrtSession.Result r = session.run(inputs)) {
                return ((float[][][]) r.get(0).getValue())[0];
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }
}
