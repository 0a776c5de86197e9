package dev.starling.engine.datasets;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.starling.engine.embed.BertSentenceEmbedder;
import dev.starling.engine.embed.LongTextPolicy;
import dev.starling.engine.embed.Pooling;
import dev.starling.engine.format.onnx.OnnxModel;
import dev.starling.engine.ops.KernelRegistry;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.model.bert.BertOnnxLoader;
import dev.starling.engine.tokenizer.Tokenizer;
import dev.starling.engine.tokenizer.WordPieceTokenizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parity on real tweets: every tweet of every TweetEval task tokenized id-for-id like HuggingFace
 * tokenizers, and 2,000 sentiment test tweets embedded within the ORT tolerance (cosine ≥ 0.9999,
 * max |diff| ≤ 1e-4), batched 32 at a time as in production on both sides.
 */
@Tag("datasets")
class TweetEvalParityTest {
    static final List<String> TASKS = List.of("emoji", "emotion", "hate", "irony", "offensive", "sentiment",
            "stance/abortion", "stance/atheism", "stance/climate", "stance/feminist", "stance/hillary");
    static Tokenizer ours;
    static HuggingFaceTokenizer reference;
    static byte[] onnx;

    @BeforeAll
    static void setUp() throws Exception {
        String json;
        try (InputStream in = TweetEvalParityTest.class.getResourceAsStream("/all-minilm-l6-v2-tokenizer.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (InputStream in = TweetEvalParityTest.class.getResourceAsStream("/all-minilm-l6-v2.onnx")) {
            onnx = in.readAllBytes();
        }
        ours = WordPieceTokenizer.fromJsonString(json);
        Path tmp = Files.createTempFile("tokenizer", ".json");
        Files.writeString(tmp, json);
        reference = HuggingFaceTokenizer.builder().optTokenizerPath(tmp).optTruncation(false).optPadding(false).build();
        Files.delete(tmp);
    }

    @AfterAll
    static void tearDown() {
        reference.close();
    }

    @Test
    void everyTweetEvalTweetTokenizesLikeHuggingFace() {
        int checked = 0;
        for (String task : TASKS) {
            for (String split : List.of("train", "val", "test")) {
                String rel = "tweeteval/datasets/" + task + "/" + split + "_text.txt";
                if (task.equals("sentiment") && split.equals("train")) {
                    continue; // absent from the snapshot (see tweeteval/SOURCE.md)
                }
                List<String> tweets = Datasets.lines(rel);
                for (int i = 0; i < tweets.size(); i++) {
                    long[] expected = reference.encode(tweets.get(i)).getIds();
                    int[] actual = ours.encode(tweets.get(i)).ids();
                    assertArrayEquals(Arrays.stream(expected).mapToInt(x -> (int) x).toArray(), actual,
                            rel + " line " + (i + 1) + ": " + tweets.get(i));
                }
                checked += tweets.size();
            }
        }
        assertTrue(checked > 60_000, "only " + checked + " tweets checked");
        System.out.println("tokenizer parity on " + checked + " TweetEval tweets");
    }

    @Test
    void realTweetsEmbedLikeOnnxRuntime() throws Exception {
        List<String> tweets = Datasets.lines("tweeteval/datasets/sentiment/test_text.txt").subList(0, 2000);
        Kernels k = KernelRegistry.create(2);
        BertSentenceEmbedder embedder = new BertSentenceEmbedder(ours,
                BertOnnxLoader.load(OnnxModel.read(new ByteArrayInputStream(onnx), "minilm"), k), 256, 32, LongTextPolicy.CHUNK, 32, 0);
        float[][] actual = embedder.embed(tweets);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        double worst = 1;
        try (OrtSession session = env.createSession(onnx, new OrtSession.SessionOptions())) {
            for (int from = 0; from < tweets.size(); from += 32) {
                List<long[]> batch = new ArrayList<>();
                for (String t : tweets.subList(from, Math.min(tweets.size(), from + 32))) {
                    batch.add(reference.encode(t).getIds());
                }
                float[][] expected = ort(env, session, batch);
                for (int i = 0; i < expected.length; i++) {
                    double dot = 0;
                    for (int j = 0; j < 384; j++) {
                        dot += (double) expected[i][j] * actual[from + i][j];
                        assertTrue(Math.abs(expected[i][j] - actual[from + i][j]) <= 1e-4, "tweet " + (from + i + 1) + " dim " + j);
                    }
                    worst = Math.min(worst, dot);
                }
            }
        } finally {
            k.parallel().close();
        }
        assertTrue(worst >= 0.9999, "worst cosine " + worst);
        System.out.printf("embedding parity on %d tweets: worst cosine %.9f%n", tweets.size(), worst);
    }

    /** Padded batch with attention mask, mean pooling over the mask, L2 normalisation. */
    static float[][] ort(OrtEnvironment env, OrtSession s, List<long[]> batch) throws Exception {
        int t = batch.stream().mapToInt(a -> a.length).max().orElse(0);
        long[][] ids = new long[batch.size()][t];
        long[][] mask = new long[batch.size()][t];
        for (int i = 0; i < batch.size(); i++) {
            System.arraycopy(batch.get(i), 0, ids[i], 0, batch.get(i).length);
            Arrays.fill(mask[i], 0, batch.get(i).length, 1);
        }
        try (OnnxTensor a = OnnxTensor.createTensor(env, ids); OnnxTensor b = OnnxTensor.createTensor(env, mask);
             OnnxTensor c = OnnxTensor.createTensor(env, new long[batch.size()][t]);
             OrtSession.Result r = s.run(Map.of("input_ids", a, "attention_mask", b, "token_type_ids", c))) {
            float[][][] h = (float[][][]) r.get(0).getValue();
            float[][] out = new float[batch.size()][384];
            for (int i = 0; i < batch.size(); i++) {
                int len = batch.get(i).length;
                for (int p = 0; p < len; p++) {
                    for (int j = 0; j < 384; j++) {
                        out[i][j] += h[i][p][j] / len;
                    }
                }
                Pooling.l2Normalize(out[i]);
            }
            return out;
        }
    }
}
