package dev.starling.app.recommend;

import dev.starling.analysis.pipeline.AnalyzedPost;
import dev.starling.analysis.posts.Metrics;
import dev.starling.analysis.posts.Post;
import dev.starling.analysis.recommend.PostRecommender;
import dev.starling.app.model.BuiltinModels;
import dev.starling.engine.embed.BertSentenceEmbedder;
import dev.starling.engine.embed.LongTextPolicy;
import dev.starling.engine.ops.Kernels;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The protected posts a recommender is built from, at most {@code cap} of them: beyond that a
 * uniform reservoir sample (fixed seed, so runs repeat), which bounds memory and embedding time
 * on large corpora.
 */
final class PostCorpus {
    /** Window for embedding: posts are short, and 128 pieces halves the cost of long ones. */
    private static final int MAX_TOKENS = 128;

    private final int cap;
    private final List<PostRecommender.Item> items = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final SplittableRandom rnd = new SplittableRandom(0x5eed);
    private long seen;

    PostCorpus(int cap) {
        this.cap = cap;
    }

    void add(AnalyzedPost a) {
        seen++;
        if (items.size() < cap) {
            items.add(item(a.post()));
            texts.add(a.normalized().normalized());
            return;
        }
        long j = rnd.nextLong(seen);
        if (j < cap) {
            items.set((int) j, item(a.post()));
            texts.set((int) j, a.normalized().normalized());
        }
    }

    int size() {
        return items.size();
    }

    /** Posts offered, including those the sample left out. */
    long seen() {
        return seen;
    }

    /** Embeds the kept posts (all-MiniLM-L6-v2) and indexes them. */
    PostRecommender build(Kernels kernels, long seed, BertSentenceEmbedder.ProgressListener progress) {
        BertSentenceEmbedder embedder = new BertSentenceEmbedder(BuiltinModels.tokenizer(null, null),
                BuiltinModels.encoder(null, kernels), MAX_TOKENS, 16, LongTextPolicy.CHUNK, 32, 8);
        float[][] vectors = embedder.embedAll(texts, progress).vectors();
        return new PostRecommender(items, vectors, seed);
    }

    static PostRecommender.Item item(Post p) {
        Metrics m = p.metrics();
        long engagement = nz(m.likes()) + nz(m.reposts());
        String parent = p.repostOf() != null ? p.repostOf() : p.replyTo() != null ? p.replyTo() : p.quoteOf();
        return new PostRecommender.Item(p.id(), p.author().id(), p.author().handle(), p.createdAt(), p.text(), engagement,
                parent, p.repostOf() != null, p.mentions());
    }

    private static long nz(Long v) {
        return v == null ? 0 : v;
    }

    /** A post's text on one line, cut to {@code max} characters. */
    static String snippet(String text, int max) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
