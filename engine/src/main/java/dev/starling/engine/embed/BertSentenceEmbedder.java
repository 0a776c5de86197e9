package dev.starling.engine.embed;

import dev.starling.engine.model.bert.BertModel;
import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.nn.Workspace;
import dev.starling.engine.tokenizer.Tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sentence embeddings from a BERT encoder, as a three-step pipeline:
 * preprocess (tokenize, split long texts into windows), forward (ragged batches of windows,
 * longest first), postprocess (mean pooling, L2 normalisation, average of a text's windows).
 * For all-MiniLM-L6-v2 this is the sentence-transformers recipe.
 */
public final class BertSentenceEmbedder implements TextEmbedder {
    private final Tokenizer tokenizer;
    private final BertModel model;
    private final Chunker chunker;
    private final int batchSize;
    private final int maxWindows;

    /**
     * @param maxTokens  window length including [CLS] and [SEP] (at most the model's positions)
     * @param batchSize  windows per forward pass
     * @param maxWindows at most this many windows per text, spread evenly over it (0 = no limit)
     */
    public BertSentenceEmbedder(Tokenizer tokenizer, BertModel model, int maxTokens, int overlap,
                                LongTextPolicy policy, int batchSize, int maxWindows) {
        if (maxTokens < 3 || maxTokens > model.config().maxPositions()) {
            throw new IllegalArgumentException("maxTokens must be in [3, " + model.config().maxPositions() + "], got " + maxTokens);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
        this.tokenizer = tokenizer;
        this.model = model;
        this.chunker = new Chunker(maxTokens - 2, overlap, policy);
        this.batchSize = batchSize;
        this.maxWindows = maxWindows;
    }

    @Override
    public int dimension() {
        return model.config().hidden();
    }

    public Chunker chunker() {
        return chunker;
    }

    /** One window of one text, with [CLS] and [SEP]. */
    private record Window(int text, int[] ids) {
    }

    /**
     * Vectors plus, per text, how many windows were embedded and how many the text needed
     * (they differ only when {@code maxWindows} capped a very long text).
     */
    public record Result(float[][] vectors, int[] windowsUsed, int[] windowsTotal) {
    }

    @Override
    public float[][] embed(List<String> texts) {
        return embedAll(texts).vectors();
    }

    public Result embedAll(List<String> texts) {
        List<Window> windows = new ArrayList<>();
        int[] windowCount = new int[texts.size()];
        int[] needed = new int[texts.size()];
        for (int t = 0; t < texts.size(); t++) {
            int[] pieces = tokenizer.tokenize(texts.get(t));
            needed[t] = chunker.windowsNeeded(pieces.length);
            for (int[] w : chunker.split(pieces, maxWindows)) {
                windows.add(new Window(t, tokenizer.withSpecialTokens(w).ids()));
                windowCount[t]++;
            }
        }
        // Longest first: similar lengths share a batch, so attention work per batch is even
        // and the biggest buffers are allocated once, up front.
        windows.sort(Comparator.comparingInt((Window w) -> w.ids().length).reversed());
        int c = dimension();
        float[][] sums = new float[texts.size()][c];
        Workspace ws = new Workspace();
        for (int from = 0; from < windows.size(); from += batchSize) {
            List<Window> part = windows.subList(from, Math.min(windows.size(), from + batchSize));
            RaggedBatch batch = RaggedBatch.of(part.stream().map(Window::ids).toList());
            float[][] pooled = Pooling.mean(batch, model.forward(batch, ws), c);
            for (int b = 0; b < part.size(); b++) {
                float[] e = Pooling.l2Normalize(pooled[b]);
                float[] sum = sums[part.get(b).text()];
                for (int j = 0; j < c; j++) {
                    sum[j] += e[j];
                }
            }
        }
        for (int t = 0; t < texts.size(); t++) {
            if (windowCount[t] > 1) {
                Pooling.l2Normalize(sums[t]);
            }
        }
        return new Result(sums, windowCount, needed);
    }
}
