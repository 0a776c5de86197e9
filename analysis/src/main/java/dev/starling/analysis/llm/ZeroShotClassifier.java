package dev.starling.analysis.llm;

import dev.starling.engine.generate.CausalLm;
import dev.starling.engine.generate.KvCache;
import dev.starling.engine.generate.LanguageModel;
import dev.starling.engine.generate.SamplingConfig;
import dev.starling.engine.generate.TextGenerator;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Zero-shot classification by prompt, the answer constrained to the given labels.
 * <ul>
 *   <li>With a local model: each label is scored by log p(label | prompt) = Σ log softmax of its
 *       tokens after the prompt (one forward over prompt + label per label); the label of highest
 *       mean log-probability per token wins — the model cannot answer outside the label set.</li>
 *   <li>With only a generator (e.g. a remote server): greedy generation of a few tokens, cut at the
 *       first line, mapped to the label it starts with (case-insensitive); no match → {@link #NONE}.</li>
 * </ul>
 * Prompts should already be privacy-protected: pass a {@link RedactingGenerator} or protected text.
 */
public final class ZeroShotClassifier {
    /** The answer when a free generator named none of the labels. */
    public static final String NONE = "none";

    private final List<String> labels;
    private final String instruction;

    /**
     * @param labels      the allowed answers (non-empty, distinct)
     * @param instruction what to decide, e.g. "Is the sentiment of this post positive, negative or neutral?"
     */
    public ZeroShotClassifier(List<String> labels, String instruction) {
        if (labels.isEmpty() || labels.stream().distinct().count() != labels.size()) {
            throw new IllegalArgumentException("labels must be non-empty and distinct: " + labels);
        }
        this.labels = List.copyOf(labels);
        this.instruction = Objects.requireNonNull(instruction);
    }

    /** The prompt for one post; the answer follows "Answer:". */
    public String prompt(String post) {
        return instruction + "\nOptions: " + String.join(", ", labels) + "\nPost: " + post.strip() + "\nAnswer:";
    }

    /** Label → mean log-probability per token under a local model (highest first wins). */
    public Map<String, Double> scores(LanguageModel model, String post) {
        CausalLm lm = model.lm();
        int[] prompt = model.codec().encode(prompt(post));
        Map<String, Double> out = new LinkedHashMap<>();
        for (String label : labels) {
            int[] full = model.codec().encode(prompt(post) + " " + label);
            int common = commonPrefix(prompt, full);
            int[] cont = Arrays.copyOfRange(full, common, full.length);
            if (cont.length == 0 || common == 0) {
                out.put(label, Double.NEGATIVE_INFINITY);
                continue;
            }
            KvCache cache = lm.newCache(Math.min(lm.contextLength(), full.length));
            float[] logits = lm.forwardAll(full, 0, cache); // [T, V]: row t predicts token t+1
            double sum = 0;
            int v = lm.vocabSize();
            for (int i = 0; i < cont.length; i++) {
                int row = common + i - 1;
                sum += logSoftmax(logits, row * v, v, cont[i]);
            }
            out.put(label, sum / cont.length);
        }
        return out;
    }

    /** The most likely label under a local model. */
    public String classify(LanguageModel model, String post) {
        Map<String, Double> s = scores(model, post);
        return s.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The label a generator answers with, or {@link #NONE}. */
    public String classify(TextGenerator generator, String post) {
        String answer = generator.generate(prompt(post), SamplingConfig.builder().temperature(0).repetitionPenalty(1)
                .maxTokens(8).stop(List.of("\n")).build()).text().strip().toLowerCase(Locale.ROOT);
        String best = NONE;
        for (String label : labels) {
            String l = label.toLowerCase(Locale.ROOT);
            if (answer.startsWith(l) && (best.equals(NONE) || l.length() > best.length())) {
                best = label;
            }
        }
        return best;
    }

    private static int commonPrefix(int[] a, int[] b) {
        int n = 0;
        while (n < a.length && n < b.length && a[n] == b[n]) {
            n++;
        }
        return n;
    }

    /** log softmax(logits[off … off+v))[id], computed stably. */
    static double logSoftmax(float[] logits, int off, int v, int id) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < v; i++) {
            max = Math.max(max, logits[off + i]);
        }
        double sum = 0;
        for (int i = 0; i < v; i++) {
            sum += Math.exp(logits[off + i] - max);
        }
        return logits[off + id] - max - Math.log(sum);
    }
}
