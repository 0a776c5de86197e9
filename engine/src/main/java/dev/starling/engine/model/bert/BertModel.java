package dev.starling.engine.model.bert;

import dev.starling.engine.nn.EncoderLayer;
import dev.starling.engine.nn.LayerNorm;
import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.nn.Workspace;
import dev.starling.engine.ops.Kernels;

import java.util.List;

/**
 * A BERT encoder: embeddings (token + learned position + token type, then LayerNorm) followed by
 * a fixed stack of post-LN encoder layers. Input is a {@link RaggedBatch}; output the last hidden
 * state [N, C], one row per token.
 */
public final class BertModel {
    private final BertConfig config;
    private final Kernels kernels;
    private final float[] wordEmbeddings;     // [V, C]
    private final float[] positionEmbeddings; // [P, C]
    private final float[] typeEmbeddings;     // [types, C]
    private final LayerNorm embeddingNorm;
    private final List<EncoderLayer> layers;

    BertModel(BertConfig config, Kernels kernels, float[] word, float[] position, float[] type,
              LayerNorm embeddingNorm, List<EncoderLayer> layers) {
        this.config = config;
        this.kernels = kernels;
        this.wordEmbeddings = word;
        this.positionEmbeddings = position;
        this.typeEmbeddings = type;
        this.embeddingNorm = embeddingNorm;
        this.layers = List.copyOf(layers);
    }

    public BertConfig config() {
        return config;
    }

    public Kernels kernels() {
        return kernels;
    }

    /**
     * Runs the encoder. The returned array is the workspace's HIDDEN buffer holding [N, C]
     * (it may be longer than N·C); it is overwritten by the next forward with the same workspace.
     */
    public float[] forward(RaggedBatch batch, Workspace ws) {
        return forward(batch, ws, kernels);
    }

    /**
     * The same with another kernel backend instance of the same kind, e.g. {@link Kernels#sequential()}
     * when several batches run at once on different threads. Results are bitwise identical.
     */
    public float[] forward(RaggedBatch batch, Workspace ws, Kernels kernels) {
        int c = config.hidden();
        int n = batch.tokens();
        if (batch.maxLength() > config.maxPositions()) {
            throw new IllegalArgumentException("a sequence of " + batch.maxLength() + " tokens exceeds the model's "
                    + config.maxPositions() + " positions; chunk or truncate it first");
        }
        float[] h = ws.get(Workspace.Slot.HIDDEN, n * c);
        embed(batch, h, kernels);
        embeddingNorm.forward(kernels, h, null, n, h);
        for (EncoderLayer layer : layers) {
            layer.forward(kernels, batch, h, c, ws);
        }
        return h;
    }

    /** h[t] = (word[id_t] + type[type_t]) + position[pos_t], summed in the exported graph's order. */
    private void embed(RaggedBatch batch, float[] h, Kernels kernels) {
        int c = config.hidden();
        int[] ids = batch.ids();
        int[] types = batch.typeIds();
        for (int id : ids) {
            if (id < 0 || id >= config.vocabSize()) {
                throw new IllegalArgumentException("token id " + id + " outside the vocabulary [0, " + config.vocabSize() + ")");
            }
        }
        for (int t : types) {
            if (t < 0 || t >= config.typeVocabSize()) {
                throw new IllegalArgumentException("token type " + t + " outside [0, " + config.typeVocabSize() + ")");
            }
        }
        kernels.gather(wordEmbeddings, c, ids, h);
        for (int s = 0; s < batch.size(); s++) {
            int start = batch.start(s);
            for (int pos = 0; pos < batch.length(s); pos++) {
                int row = (start + pos) * c;
                int p = pos * c;
                int ty = types[start + pos] * c;
                for (int j = 0; j < c; j++) {
                    h[row + j] = (h[row + j] + typeEmbeddings[ty + j]) + positionEmbeddings[p + j];
                }
            }
        }
    }

    /** Approximate bytes of weights held (packed matrices plus embedding tables). */
    public long parameterBytes() {
        return 4L * (wordEmbeddings.length + positionEmbeddings.length + typeEmbeddings.length);
    }
}
