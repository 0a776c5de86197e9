package dev.starling.engine.embed;

import dev.starling.engine.model.bert.BertModel;
import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.nn.Workspace;
import dev.starling.engine.ops.Kernels;
import dev.starling.engine.ops.Parallel;
import dev.starling.engine.tokenizer.Tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sentence embeddings from a BERT encoder, as a three-step pipeline:
 * preprocess (tokenize, split long texts into windows), forward (ragged batches of windows,
 * longest first), postprocess (pooling, L2 normalisation, average of a text's windows).
 * With mean pooling and all-MiniLM-L6-v2 this is the sentence-transformers recipe; BGE models
 * take {@link SentencePooling#CLS}.
 */
public final class BertSentenceEmbedder implements TextEmbedder {
    private final Tokenizer tokenizer;
    private final BertModel model;
    private final Chunker chunker;
    private final int batchSize;
    private final int maxWindows;
    private final SentencePooling pooling;
    /** Activation buffers per worker thread, reused across calls. */
    private final ThreadLocal<Workspace> workspaces = ThreadLocal.withInitial(Workspace::new);

    /**
     * @param maxTokens  window length including [CLS] and [SEP] (at most the model's positions)
     * @param batchSize  windows per forward pass
     * @param maxWindows at most this many windows per text, spread evenly over it (0 = no limit)
     */
    public BertSentenceEmbedder(Tokenizer tokenizer, BertModel model, int maxTokens, int overlap,
                                LongTextPolicy policy, int batchSize, int maxWindows) {
        this(tokenizer, model, maxTokens, overlap, policy, batchSize, maxWindows, SentencePooling.MEAN);
    }

    /** As above, with the model's pooling (mean for sentence-transformers models, [CLS] for BGE). */
    public BertSentenceEmbedder(Tokenizer tokenizer, BertModel model, int maxTokens, int overlap,
                                LongTextPolicy policy, int batchSize, int maxWindows, SentencePooling pooling) {
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
        this.pooling = java.util.Objects.requireNonNull(pooling, "pooling");
    }

    @Override
    public int dimension() {
        return model.config().hidden();
    }

    public Chunker chunker() {
        return chunker;
    }

    /**
     * Unit vectors of id sequences, in order. With several threads and at least as many batches,
     * whole batches run in parallel on single-threaded kernels (no per-operation synchronisation);
     * otherwise each batch uses all threads inside its kernels. Results are identical either way.
     */
    float[][] embedWindows(List<int[]> sequences, java.util.function.IntConsumer windowsDone) {
        int batches = (sequences.size() + batchSize - 1) / batchSize;
        float[][] out = new float[sequences.size()][];
        Kernels kernels = model.kernels();
        Parallel parallel = kernels.parallel();
        AtomicInteger done = new AtomicInteger();
        if (parallel.threads() > 1 && batches >= parallel.threads()) {
            Kernels single = kernels.sequential();
            parallel.forEach(batches, b -> windowsDone.accept(done.addAndGet(embedBatch(sequences, b, single, workspaces.get(), out))));
        } else {
            Workspace ws = workspaces.get();
            for (int b = 0; b < batches; b++) {
                windowsDone.accept(done.addAndGet(embedBatch(sequences, b, kernels, ws, out)));
            }
        }
        return out;
    }

    /** Embeds batch b into {@code out}; returns the number of sequences it held. */
    private int embedBatch(List<int[]> sequences, int b, Kernels kernels, Workspace ws, float[][] out) {
        int from = b * batchSize;
        int to = Math.min(sequences.size(), from + batchSize);
        RaggedBatch batch = RaggedBatch.of(sequences.subList(from, to));
        float[][] pooled = pooling.pool(batch, model.forward(batch, ws, kernels), dimension());
        for (int i = 0; i < pooled.length; i++) {
            out[from + i] = Pooling.l2Normalize(pooled[i]);
        }
        return pooled.length;
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
        return embedAll(texts, (done, total) -> { });
    }

    /** Progress of one {@link #embedAll} call, reported from worker threads after each batch. */
    @FunctionalInterface
    public interface ProgressListener {
        void windowsDone(int done, int total);
    }

    /** As {@link #embedAll(List)}, reporting progress to {@code listener}. */
    public Result embedAll(List<String> texts, ProgressListener listener) {
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
        // Longest first: similar lengths share a batch, the biggest buffers are allocated first,
        // and parallel workers finish together (longest-processing-time-first scheduling).
        windows.sort(Comparator.comparingInt((Window w) -> w.ids().length).reversed());
        int total = windows.size();
        float[][] vectors = embedWindows(windows.stream().map(Window::ids).toList(), done -> listener.windowsDone(done, total));
        int c = dimension();
        float[][] sums = new float[texts.size()][c];
        for (int w = 0; w < windows.size(); w++) {
            float[] sum = sums[windows.get(w).text()];
            for (int j = 0; j < c; j++) {
                sum[j] += vectors[w][j];
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
