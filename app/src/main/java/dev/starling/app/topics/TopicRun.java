package dev.starling.app.topics;

import dev.starling.analysis.pipeline.AnalyzedPost;
import dev.starling.analysis.topics.TopicCorpus;
import dev.starling.analysis.topics.TopicDocument;
import dev.starling.analysis.topics.TopicModel;
import dev.starling.analysis.topics.TopicPipeline;
import dev.starling.analysis.topics.Topics;
import dev.starling.app.io.Progress;
import dev.starling.app.model.BuiltinModels;
import dev.starling.engine.embed.BertSentenceEmbedder;
import dev.starling.engine.embed.LongTextPolicy;
import dev.starling.engine.embed.TextEmbedder;
import dev.starling.engine.ops.Kernels;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Embeds posts and runs the topic pipeline on them, either with every embedding in memory (a
 * seeded random sample fits the model) or incrementally (the first sample-size posts fit it, then
 * posts stream through in blocks and only counts are kept).
 */
public final class TopicRun {
    /** Posts embedded per call: bounds the memory of a streaming run. */
    static final int BLOCK = 1024;

    /** A post as the topic run takes it: what the encoder reads, and its document. */
    public record Item(String embedText, TopicDocument document) {
        /** From an analysed (already privacy-protected) post: normalised text embedded, protected text shown. */
        public static Item of(AnalyzedPost p) {
            return new Item(p.normalized().normalized(), new TopicDocument(p.post().text(), p.language().lang(),
                    p.post().createdAt(), p.post().platform().id()));
        }
    }

    private TopicRun() {
    }

    /** The built-in all-MiniLM-L6-v2 sentence encoder (256-piece windows, long posts averaged). */
    public static TextEmbedder minilm(Kernels kernels) {
        return new BertSentenceEmbedder(BuiltinModels.tokenizer(null, null), BuiltinModels.encoder(null, kernels),
                256, 32, LongTextPolicy.CHUNK, 32, 64);
    }

    /** Every embedding held ([n, 384] floats); the model is fitted on a seeded random sample. */
    public static Topics inMemory(List<Item> items, TextEmbedder embedder, TopicPipeline pipeline, Progress progress) {
        float[][] embeddings = new float[items.size()][];
        for (int start = 0; start < items.size(); start += BLOCK) {
            List<Item> block = items.subList(start, Math.min(items.size(), start + BLOCK));
            float[][] e = embedder.embed(block.stream().map(Item::embedText).toList());
            System.arraycopy(e, 0, embeddings, start, e.length);
            progress.update(start + e.length);
        }
        return pipeline.run(embeddings, items.stream().map(Item::document).toList());
    }

    /** Fits on the first sample-size posts, then streams the rest in blocks: memory bounded by the sample. */
    public static Topics incremental(Iterator<Item> items, TextEmbedder embedder, TopicPipeline pipeline, Progress progress) {
        List<Item> first = take(items, pipeline.config().sampleSize());
        float[][] sample = embedder.embed(first.stream().map(Item::embedText).toList());
        TopicModel model = pipeline.fit(sample);
        TopicCorpus corpus = pipeline.corpus(model);
        for (int i = 0; i < first.size(); i++) {
            corpus.add(sample[i], first.get(i).document());
        }
        long done = first.size();
        progress.update(done);
        while (items.hasNext()) {
            List<Item> block = take(items, BLOCK);
            float[][] e = embedder.embed(block.stream().map(Item::embedText).toList());
            for (int i = 0; i < block.size(); i++) {
                corpus.add(e[i], block.get(i).document());
            }
            done += block.size();
            progress.update(done);
        }
        return corpus.finish();
    }

    private static List<Item> take(Iterator<Item> items, int n) {
        List<Item> out = new ArrayList<>(Math.min(n, BLOCK * 4));
        while (items.hasNext() && out.size() < n) {
            out.add(items.next());
        }
        return out;
    }
}
