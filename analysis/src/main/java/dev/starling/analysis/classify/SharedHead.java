package dev.starling.analysis.classify;

import dev.starling.engine.json.Json;
import dev.starling.engine.json.JsonWriter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * A softmax head over another task model's pooled encoder output: {@code p = softmax(W·pooled + b)}.
 * Several heads on one encoder share its forward pass, which is how {@code analyze} answers
 * sentiment, emotion and offensive with one encoder pass per post. The head is small enough to
 * ship as JSON (W is [K, C]).
 *
 * @param task    the task it answers
 * @param encoder the task model whose encoder it reads (e.g. "sentiment")
 * @param labels  class names in order
 * @param weight  [K][C]
 * @param bias    [K]
 * @param provenance data, settings and scores, as trained
 */
public record SharedHead(String task, String encoder, List<String> labels, float[][] weight, float[] bias,
                         Map<String, Object> provenance) {
    public static final String RESOURCE_PREFIX = "/models/shared/";

    public float[] probabilities(float[] pooled) {
        int k = labels.size();
        double[] z = new double[k];
        double max = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < k; o++) {
            double s = bias[o];
            float[] w = weight[o];
            for (int j = 0; j < pooled.length; j++) {
                s += w[j] * pooled[j];
            }
            z[o] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int o = 0; o < k; o++) {
            z[o] = Math.exp(z[o] - max);
            sum += z[o];
        }
        float[] p = new float[k];
        for (int o = 0; o < k; o++) {
            p[o] = (float) (z[o] / sum);
        }
        return p;
    }

    /**
     * Fits the head by full-batch gradient descent with momentum on the class-weighted
     * cross-entropy plus {@code l2}·|W|². Deterministic: zero start, fixed order, no sampling.
     */
    public static SharedHead fit(String task, String encoder, List<String> labels, float[][] x, int[] y, double l2, int steps) {
        int n = x.length;
        int c = x[0].length;
        int k = labels.size();
        double[] classWeight = balancedWeights(y, k);
        double[][] w = new double[k][c];
        double[] b = new double[k];
        double[][] vw = new double[k][c];
        double[] vb = new double[k];
        double lr = 0.5;
        double momentum = 0.9;
        for (int step = 0; step < steps; step++) {
            double[][] gw = new double[k][c];
            double[] gb = new double[k];
            double totalWeight = 0;
            for (int i = 0; i < n; i++) {
                double[] p = softmax(w, b, x[i]);
                double cw = classWeight[y[i]];
                totalWeight += cw;
                for (int o = 0; o < k; o++) {
                    double g = cw * (p[o] - (o == y[i] ? 1 : 0));
                    gb[o] += g;
                    for (int j = 0; j < c; j++) {
                        gw[o][j] += g * x[i][j];
                    }
                }
            }
            for (int o = 0; o < k; o++) {
                vb[o] = momentum * vb[o] - lr * gb[o] / totalWeight;
                b[o] += vb[o];
                for (int j = 0; j < c; j++) {
                    vw[o][j] = momentum * vw[o][j] - lr * (gw[o][j] / totalWeight + 2 * l2 * w[o][j]);
                    w[o][j] += vw[o][j];
                }
            }
        }
        float[][] fw = new float[k][c];
        float[] fb = new float[k];
        for (int o = 0; o < k; o++) {
            fb[o] = (float) b[o];
            for (int j = 0; j < c; j++) {
                fw[o][j] = (float) w[o][j];
            }
        }
        return new SharedHead(task, encoder, labels, fw, fb, Map.of());
    }

    private static double[] softmax(double[][] w, double[] b, float[] x) {
        int k = b.length;
        double[] z = new double[k];
        double max = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < k; o++) {
            double s = b[o];
            for (int j = 0; j < x.length; j++) {
                s += w[o][j] * x[j];
            }
            z[o] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int o = 0; o < k; o++) {
            z[o] = Math.exp(z[o] - max);
            sum += z[o];
        }
        for (int o = 0; o < k; o++) {
            z[o] /= sum;
        }
        return z;
    }

    private static double[] balancedWeights(int[] y, int k) {
        double[] count = new double[k];
        for (int v : y) {
            count[v]++;
        }
        double[] w = new double[k];
        for (int o = 0; o < k; o++) {
            w[o] = count[o] == 0 ? 0 : y.length / (k * count[o]);
        }
        return w;
    }

    public SharedHead withProvenance(Map<String, Object> p) {
        return new SharedHead(task, encoder, labels, weight, bias, p);
    }

    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("task", task);
        m.put("encoder", encoder);
        m.put("labels", labels);
        List<Object> rows = new ArrayList<>();
        for (float[] row : weight) {
            rows.add(row);
        }
        m.put("weight", rows);
        m.put("bias", bias);
        m.put("provenance", provenance);
        Files.writeString(dir.resolve("head.json"), JsonWriter.write(m) + "\n", StandardCharsets.UTF_8);
    }

    /** The head shipped for {@code task}, or null when none ships. */
    public static SharedHead shipped(String task) {
        try (InputStream in = SharedHead.class.getResourceAsStream(RESOURCE_PREFIX + task + "/head.json")) {
            return in == null ? null : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static SharedHead parse(String json) {
        Map<String, Object> m = Json.parseObject(json);
        List<Object> rows = (List<Object>) m.get("weight");
        float[][] w = new float[rows.size()][];
        for (int o = 0; o < w.length; o++) {
            w[o] = floats((List<Object>) rows.get(o));
        }
        return new SharedHead((String) m.get("task"), (String) m.get("encoder"), List.copyOf((List<String>) m.get("labels")), w,
                floats((List<Object>) m.get("bias")), (Map<String, Object>) m.get("provenance"));
    }

    private static float[] floats(List<Object> v) {
        float[] f = new float[v.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = ((Number) v.get(i)).floatValue();
        }
        return f;
    }

}
