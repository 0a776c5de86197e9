package dev.starling.bench.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Latent Dirichlet allocation by collapsed Gibbs sampling (Griffiths & Steyvers 2004), the
 * baseline of the BERTopic paper's tables: every token's topic z is resampled from
 * p(z = k | rest) ∝ (n_dk + α) (n_kw + β) / (n_k + V β). Symmetric priors α = 50 / K is common
 * for long documents; tweets are short, so α = 0.1 and β = 0.01 (MALLET's defaults: α·K = 5 → 0.1
 * at K = 50, β = 0.01). Deterministic for a seed.
 */
final class GibbsLda {
    private final int k;
    private final double alpha;
    private final double beta;
    private final List<String> vocabulary = new ArrayList<>();
    private int[][] topicWord;   // [K, V]
    private int[] topicTotal;    // [K]

    GibbsLda(int k, double alpha, double beta) {
        this.k = k;
        this.alpha = alpha;
        this.beta = beta;
    }

    /** Samples {@code iterations} sweeps over {@code documents} (lists of terms). */
    GibbsLda fit(List<List<String>> documents, int iterations, long seed) {
        Map<String, Integer> ids = new HashMap<>();
        int[][] words = new int[documents.size()][];
        for (int d = 0; d < words.length; d++) {
            List<String> doc = documents.get(d);
            words[d] = new int[doc.size()];
            for (int i = 0; i < doc.size(); i++) {
                words[d][i] = ids.computeIfAbsent(doc.get(i), w -> {
                    vocabulary.add(w);
                    return vocabulary.size() - 1;
                });
            }
        }
        int v = vocabulary.size();
        SplittableRandom random = new SplittableRandom(seed);
        int[][] z = new int[words.length][];
        int[][] docTopic = new int[words.length][k];
        topicWord = new int[k][v];
        topicTotal = new int[k];
        for (int d = 0; d < words.length; d++) {
            z[d] = new int[words[d].length];
            for (int i = 0; i < words[d].length; i++) {
                int t = random.nextInt(k);
                z[d][i] = t;
                docTopic[d][t]++;
                topicWord[t][words[d][i]]++;
                topicTotal[t]++;
            }
        }
        double[] p = new double[k];
        double vBeta = v * beta;
        for (int it = 0; it < iterations; it++) {
            for (int d = 0; d < words.length; d++) {
                for (int i = 0; i < words[d].length; i++) {
                    int w = words[d][i];
                    int t = z[d][i];
                    docTopic[d][t]--;
                    topicWord[t][w]--;
                    topicTotal[t]--;
                    double sum = 0;
                    for (int c = 0; c < k; c++) {
                        sum += (docTopic[d][c] + alpha) * (topicWord[c][w] + beta) / (topicTotal[c] + vBeta);
                        p[c] = sum;
                    }
                    double u = random.nextDouble() * sum;
                    int nt = 0;
                    while (nt < k - 1 && p[nt] < u) {
                        nt++;
                    }
                    z[d][i] = nt;
                    docTopic[d][nt]++;
                    topicWord[nt][w]++;
                    topicTotal[nt]++;
                }
            }
        }
        return this;
    }

    /** Each topic's {@code top} most probable words (φ_kw ∝ n_kw + β), best first. */
    List<List<String>> topWords(int top) {
        List<List<String>> out = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            int[] row = topicWord[t];
            List<Integer> order = new ArrayList<>();
            for (int w = 0; w < row.length; w++) {
                order.add(w);
            }
            order.sort(Comparator.<Integer>comparingInt(w -> -row[w]).thenComparing(vocabulary::get));
            out.add(order.stream().limit(top).map(vocabulary::get).toList());
        }
        return out;
    }
}
