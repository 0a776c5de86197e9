package dev.starling.engine.model.bert;

import dev.starling.engine.ops.Erf;
import dev.starling.engine.tensor.Tensor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * A tiny random BERT (HuggingFace naming, linear weights [in, out]) and a naive double-precision
 * forward pass written straight from the math over a padded batch with an attention mask:
 * the independent reference for the engine's ragged, fused implementation.
 */
final class TinyBert {
    static final BertConfig CONFIG = new BertConfig(99, 32, 2, 4, 37, 64, 2, 1e-12f);

    private TinyBert() {
    }

    static Map<String, Tensor> randomWeights(long seed) {
        Random r = new Random(seed);
        BertConfig c = CONFIG;
        Map<String, Tensor> w = new LinkedHashMap<>();
        w.put("embeddings.word_embeddings.weight", rand(r, 0.5, c.vocabSize(), c.hidden()));
        w.put("embeddings.position_embeddings.weight", rand(r, 0.5, c.maxPositions(), c.hidden()));
        w.put("embeddings.token_type_embeddings.weight", rand(r, 0.5, c.typeVocabSize(), c.hidden()));
        w.put("embeddings.LayerNorm.weight", around1(r, c.hidden()));
        w.put("embeddings.LayerNorm.bias", rand(r, 0.1, c.hidden()));
        for (int l = 0; l < c.layers(); l++) {
            String p = "encoder.layer." + l + ".";
            for (String name : new String[] {"attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense"}) {
                w.put(p + name + ".weight", rand(r, 0.3, c.hidden(), c.hidden()));
                w.put(p + name + ".bias", rand(r, 0.1, c.hidden()));
            }
            w.put(p + "attention.output.LayerNorm.weight", around1(r, c.hidden()));
            w.put(p + "attention.output.LayerNorm.bias", rand(r, 0.1, c.hidden()));
            w.put(p + "intermediate.dense.weight", rand(r, 0.3, c.hidden(), c.intermediate()));
            w.put(p + "intermediate.dense.bias", rand(r, 0.1, c.intermediate()));
            w.put(p + "output.dense.weight", rand(r, 0.3, c.intermediate(), c.hidden()));
            w.put(p + "output.dense.bias", rand(r, 0.1, c.hidden()));
            w.put(p + "output.LayerNorm.weight", around1(r, c.hidden()));
            w.put(p + "output.LayerNorm.bias", rand(r, 0.1, c.hidden()));
        }
        return w;
    }

    private static Tensor rand(Random r, double scale, int... dims) {
        int n = 1;
        for (int d : dims) {
            n *= d;
        }
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) (r.nextGaussian() * scale);
        }
        return Tensor.of(a, dims);
    }

    private static Tensor around1(Random r, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) (1 + 0.1 * r.nextGaussian());
        }
        return Tensor.of(a, n);
    }

    /** Last hidden state [B][T][C] of a padded batch; mask[b][t] = 1 for real tokens. */
    static double[][][] forward(Map<String, Tensor> w, int[][] ids, int[][] mask) {
        BertConfig c = CONFIG;
        int b = ids.length;
        int t = ids[0].length;
        double[][][] h = new double[b][t][];
        for (int i = 0; i < b; i++) {
            for (int p = 0; p < t; p++) {
                double[] e = new double[c.hidden()];
                for (int j = 0; j < c.hidden(); j++) {
                    e[j] = w.get("embeddings.word_embeddings.weight").get(ids[i][p], j)
                            + w.get("embeddings.token_type_embeddings.weight").get(0, j)
                            + w.get("embeddings.position_embeddings.weight").get(p, j);
                }
                h[i][p] = layerNorm(e, w, "embeddings.LayerNorm");
            }
        }
        for (int l = 0; l < c.layers(); l++) {
            String pre = "encoder.layer." + l + ".";
            for (int i = 0; i < b; i++) {
                double[][] attn = attention(w, pre, h[i], mask[i]);
                for (int p = 0; p < t; p++) {
                    double[] a = add(linear(attn[p], w, pre + "attention.output.dense"), h[i][p]);
                    double[] x = layerNorm(a, w, pre + "attention.output.LayerNorm");
                    double[] mid = linear(x, w, pre + "intermediate.dense");
                    for (int j = 0; j < mid.length; j++) {
                        mid[j] = 0.5 * mid[j] * (1 + Erf.erf(mid[j] / Math.sqrt(2)));
                    }
                    h[i][p] = layerNorm(add(linear(mid, w, pre + "output.dense"), x), w, pre + "output.LayerNorm");
                }
            }
        }
        return h;
    }

    /** softmax(QKᵀ/√d + maskBias)·V per head, concatenated: [T][C]. */
    private static double[][] attention(Map<String, Tensor> w, String pre, double[][] x, int[] mask) {
        BertConfig c = CONFIG;
        int t = x.length;
        int d = c.headDim();
        double[][] q = new double[t][];
        double[][] k = new double[t][];
        double[][] v = new double[t][];
        for (int p = 0; p < t; p++) {
            q[p] = linear(x[p], w, pre + "attention.self.query");
            k[p] = linear(x[p], w, pre + "attention.self.key");
            v[p] = linear(x[p], w, pre + "attention.self.value");
        }
        double[][] out = new double[t][c.hidden()];
        for (int head = 0; head < c.heads(); head++) {
            for (int i = 0; i < t; i++) {
                double[] s = new double[t];
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < t; j++) {
                    double dot = 0;
                    for (int e = 0; e < d; e++) {
                        dot += q[i][head * d + e] * k[j][head * d + e];
                    }
                    s[j] = dot / Math.sqrt(d) + (mask[j] == 1 ? 0 : -1e30);
                    max = Math.max(max, s[j]);
                }
                double sum = 0;
                for (int j = 0; j < t; j++) {
                    s[j] = Math.exp(s[j] - max);
                    sum += s[j];
                }
                for (int j = 0; j < t; j++) {
                    for (int e = 0; e < d; e++) {
                        out[i][head * d + e] += s[j] / sum * v[j][head * d + e];
                    }
                }
            }
        }
        return out;
    }

    private static double[] linear(double[] x, Map<String, Tensor> w, String name) {
        Tensor wt = w.get(name + ".weight");
        Tensor bias = w.get(name + ".bias");
        double[] y = new double[wt.dim(1)];
        for (int o = 0; o < y.length; o++) {
            double s = bias.get(o);
            for (int i = 0; i < x.length; i++) {
                s += x[i] * wt.get(i, o);
            }
            y[o] = s;
        }
        return y;
    }

    private static double[] layerNorm(double[] x, Map<String, Tensor> w, String name) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double var = 0;
        for (double v : x) {
            var += (v - mean) * (v - mean);
        }
        var /= x.length;
        double[] y = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            y[j] = (x[j] - mean) / Math.sqrt(var + CONFIG.layerNormEps()) * w.get(name + ".weight").get(j) + w.get(name + ".bias").get(j);
        }
        return y;
    }

    private static double[] add(double[] a, double[] b) {
        double[] y = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            y[j] = a[j] + b[j];
        }
        return y;
    }
}
