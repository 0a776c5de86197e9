package dev.starling.bench;

import dev.starling.engine.embed.Pooling;
import dev.starling.engine.format.onnx.OnnxModel;
import dev.starling.engine.model.bert.BertModel;
import dev.starling.engine.model.bert.BertOnnxLoader;
import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.nn.Workspace;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.ops.VectorKernels;
import dev.starling.engine.ops.Parallel;
import dev.starling.engine.tokenizer.Tokenizer;
import dev.starling.engine.tokenizer.WordPieceTokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Encoder throughput, Starling vs ONNX Runtime, in one run, 2 threads each: token ids in,
 * L2-normalised mean-pooled embeddings out, one batch per operation. Inputs: real tweets
 * (file order) or 128-token texts made of consecutive tweets. ORT pads each batch to its
 * longest sequence (its normal use); Starling packs sequences without padding.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-XX:+UseParallelGC", "-Xss16m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class EncoderBenchmark {
    @Param({"tweets", "tokens128"})
    public String text;

    @Param({"1", "32"})
    public int batch;

    @Param({"2"})
    public int threads;

    private List<List<int[]>> batches;
    private int next;
    private Kernels kernels;
    private BertModel bert;
    private Workspace ws;
    private OrtEncoder ort;

    @Setup(Level.Trial)
    public void setup() throws Exception {
        Tokenizer tok;
        try (InputStream in = EncoderBenchmark.class.getResourceAsStream("/all-minilm-l6-v2-tokenizer.json")) {
            tok = WordPieceTokenizer.fromJson(in);
        }
        List<int[]> seqs = text.equals("tweets") ? tweets(tok) : texts128(tok);
        batches = new ArrayList<>();
        for (int i = 0; i + batch <= seqs.size(); i += batch) {
            batches.add(seqs.subList(i, i + batch));
        }
        kernels = new VectorKernels(Parallel.of(threads));
        try (InputStream in = EncoderBenchmark.class.getResourceAsStream("/all-minilm-l6-v2.onnx")) {
            bert = BertOnnxLoader.load(OnnxModel.read(in, "all-minilm-l6-v2.onnx"), kernels);
        }
        ws = new Workspace();
        ort = new OrtEncoder(threads);
    }

    static List<int[]> tweets(Tokenizer tok) {
        List<int[]> out = new ArrayList<>();
        for (String t : BenchData.tweets(2048)) {
            out.add(tok.encode(t, 256).ids());
        }
        return out;
    }

    /** Consecutive tweets joined until 126 pieces, then [CLS] … [SEP]: exactly 128 tokens. */
    static List<int[]> texts128(Tokenizer tok) {
        List<int[]> out = new ArrayList<>();
        int[] acc = new int[0];
        for (String t : BenchData.tweets(12_000)) {
            int[] p = tok.tokenize(t);
            int[] joined = Arrays.copyOf(acc, acc.length + p.length);
            System.arraycopy(p, 0, joined, acc.length, p.length);
            acc = joined;
            if (acc.length >= 126) {
                out.add(tok.withSpecialTokens(Arrays.copyOf(acc, 126)).ids());
                acc = new int[0];
                if (out.size() == 640) {
                    break;
                }
            }
        }
        return out;
    }

    private List<int[]> nextBatch() {
        List<int[]> b = batches.get(next);
        next = (next + 1) % batches.size();
        return b;
    }

    @Benchmark
    public float[][] starling() {
        RaggedBatch rb = RaggedBatch.of(nextBatch());
        float[][] pooled = Pooling.mean(rb, bert.forward(rb, ws), bert.config().hidden());
        for (float[] v : pooled) {
            Pooling.l2Normalize(v);
        }
        return pooled;
    }

    @Benchmark
    public float[][] onnxRuntime() throws Exception {
        List<int[]> b = nextBatch();
        List<long[]> ids = new ArrayList<>(b.size());
        for (int[] s : b) {
            ids.add(Arrays.stream(s).asLongStream().toArray());
        }
        return ort.embed(ids);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        ort.close();
        kernels.parallel().close();
    }
}
