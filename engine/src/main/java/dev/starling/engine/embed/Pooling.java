package dev.starling.engine.embed;

import dev.starling.engine.nn.RaggedBatch;

/** Sentence pooling over a batch's last hidden state [N, C]. */
public final class Pooling {
    private Pooling() {
    }

    /**
     * Mean over every token of each sequence (all tokens are attended: the sentence-transformers
     * recipe of mean pooling over the attention mask, [CLS] and [SEP] included). Returns [B][C].
     */
    public static float[][] mean(RaggedBatch batch, float[] hidden, int c) {
        float[][] out = new float[batch.size()][c];
        for (int s = 0; s < batch.size(); s++) {
            double[] acc = new double[c];
            int start = batch.start(s);
            int len = batch.length(s);
            for (int t = 0; t < len; t++) {
                int row = (start + t) * c;
                for (int j = 0; j < c; j++) {
                    acc[j] += hidden[row + j];
                }
            }
            for (int j = 0; j < c; j++) {
                out[s][j] = (float) (acc[j] / Math.max(len, 1));
            }
        }
        return out;
    }

    /** The first token ([CLS]) of each sequence. Returns [B][C]; an empty sequence gives zeros. */
    public static float[][] first(RaggedBatch batch, float[] hidden, int c) {
        float[][] out = new float[batch.size()][c];
        for (int s = 0; s < batch.size(); s++) {
            if (batch.length(s) > 0) {
                System.arraycopy(hidden, batch.start(s) * c, out[s], 0, c);
            }
        }
        return out;
    }

    /** Scales v to unit L2 norm in place (PyTorch's F.normalize: the norm is clamped at 1e-12). */
    public static float[] l2Normalize(float[] v) {
        double sq = 0;
        for (float x : v) {
            sq += (double) x * x;
        }
        double norm = Math.max(Math.sqrt(sq), 1e-12);
        for (int j = 0; j < v.length; j++) {
            v[j] = (float) (v[j] / norm);
        }
        return v;
    }
}
