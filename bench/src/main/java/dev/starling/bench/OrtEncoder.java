package dev.starling.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The anchor: all-MiniLM-L6-v2 on ONNX Runtime (fp32, default graph optimisations), used the way
 * its users do: pad each batch to its longest sequence, pass the attention mask, mean-pool the
 * last hidden state over the mask, L2-normalise.
 */
public final class OrtEncoder implements AutoCloseable {
    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;

    /** The built-in model, read from the classpath (the langchain4j jar). */
    public OrtEncoder(int threads) throws IOException, OrtException {
        this(readModel(), threads);
    }

    /** A model file on disk, as a plain ORT user would load it. */
    public OrtEncoder(java.nio.file.Path model, int threads) throws IOException, OrtException {
        this(java.nio.file.Files.readAllBytes(model), threads);
    }

    private static byte[] readModel() throws IOException {
        try (InputStream in = OrtEncoder.class.getResourceAsStream("/all-minilm-l6-v2.onnx")) {
            if (in == null) {
                throw new IOException("all-minilm-l6-v2.onnx not on the classpath");
            }
            return in.readAllBytes();
        }
    }

    private OrtEncoder(byte[] model, int threads) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(threads);
        options.setInterOpNumThreads(1);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        session = env.createSession(model, options);
    }

    /** Embeddings [B][384] of a batch of id sequences (with [CLS]/[SEP]). */
    public float[][] embed(List<long[]> batch) throws OrtException {
        int b = batch.size();
        int t = 0;
        for (long[] s : batch) {
            t = Math.max(t, s.length);
        }
        long[][] ids = new long[b][t];
        long[][] mask = new long[b][t];
        long[][] types = new long[b][t];
        for (int i = 0; i < b; i++) {
            long[] s = batch.get(i);
            System.arraycopy(s, 0, ids[i], 0, s.length);
            java.util.Arrays.fill(mask[i], 0, s.length, 1L);
        }
        try (OnnxTensor idsT = OnnxTensor.createTensor(env, ids);
             OnnxTensor maskT = OnnxTensor.createTensor(env, mask);
             OnnxTensor typesT = OnnxTensor.createTensor(env, types);
             OrtSession.Result r = session.run(Map.of("input_ids", idsT, "attention_mask", maskT, "token_type_ids", typesT))) {
            float[][][] hidden = (float[][][]) r.get(0).getValue();
            float[][] out = new float[b][];
            for (int i = 0; i < b; i++) {
                out[i] = meanPoolNormalize(hidden[i], batch.get(i).length);
            }
            return out;
        }
    }

    static float[] meanPoolNormalize(float[][] h, int len) {
        int c = h[0].length;
        float[] v = new float[c];
        for (int t = 0; t < len; t++) {
            for (int j = 0; j < c; j++) {
                v[j] += h[t][j];
            }
        }
        double sq = 0;
        for (int j = 0; j < c; j++) {
            v[j] /= len;
            sq += v[j] * v[j];
        }
        float inv = (float) (1 / Math.max(Math.sqrt(sq), 1e-12));
        for (int j = 0; j < c; j++) {
            v[j] *= inv;
        }
        return v;
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
