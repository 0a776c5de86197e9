package dev.starling.engine.autograd;

import dev.starling.engine.nn.RaggedBatch;
import dev.starling.engine.tensor.Tensor;

/** Losses and pooling at the ends of a network. */
public final class Losses {
    /** Label value that contributes nothing to {@link #crossEntropy} (as PyTorch's ignore_index). */
    public static final int IGNORE = -100;

    private Losses() {
    }

    /**
     * Mean cross-entropy of logits [B, K] against class labels, optionally class-weighted
     * (weighted mean over the batch, as PyTorch's CrossEntropyLoss). Labels equal to
     * {@link #IGNORE} are skipped. Backward: dz_i = w_i/W·(softmax(z_i) − onehot(y_i)).
     * Returns a scalar [1].
     */
    public static Variable crossEntropy(Tape t, Variable logits, int[] labels, float[] classWeights) {
        int kClasses = logits.dim(logits.shape().rank() - 1);
        int b = Matrices.rows(logits, kClasses);
        if (labels.length != b) {
            throw new IllegalArgumentException(b + " rows of logits but " + labels.length + " labels");
        }
        float[] z = logits.data();
        float[] prob = new float[z.length];
        double total = 0;
        double weightSum = 0;
        for (int i = 0; i < b; i++) {
            int y = labels[i];
            if (y == IGNORE) {
                continue;
            }
            if (y < 0 || y >= kClasses) {
                throw new IllegalArgumentException("label " + y + " outside [0, " + kClasses + ")");
            }
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < kClasses; j++) {
                max = Math.max(max, z[i * kClasses + j]);
            }
            double sum = 0;
            for (int j = 0; j < kClasses; j++) {
                sum += Math.exp(z[i * kClasses + j] - max);
            }
            double logSum = max + Math.log(sum);
            for (int j = 0; j < kClasses; j++) {
                prob[i * kClasses + j] = (float) Math.exp(z[i * kClasses + j] - logSum);
            }
            double w = classWeights == null ? 1 : classWeights[y];
            total += w * (logSum - z[i * kClasses + y]);
            weightSum += w;
        }
        float loss = weightSum == 0 ? 0f : (float) (total / weightSum);
        Variable o = t.output(Tensor.of(new float[] {loss}, 1), t.records(logits));
        double norm = weightSum;
        if (o.requiresGrad()) {
            t.record(() -> {
                if (!o.hasGrad() || norm == 0) {
                    return;
                }
                float g = o.grad()[0];
                float[] dz = logits.grad();
                for (int i = 0; i < b; i++) {
                    int y = labels[i];
                    if (y == IGNORE) {
                        continue;
                    }
                    float w = (float) ((classWeights == null ? 1 : classWeights[y]) / norm) * g;
                    for (int j = 0; j < kClasses; j++) {
                        dz[i * kClasses + j] += w * (prob[i * kClasses + j] - (j == y ? 1f : 0f));
                    }
                }
                o.releaseGrad();
            });
        }
        return o;
    }

    /** Mean over each sequence's tokens: [N, C] → [B, C]; backward spreads dy/len to every token. */
    public static Variable meanPool(Tape t, Variable h, RaggedBatch batch) {
        int c = h.dim(h.shape().rank() - 1);
        float[] x = h.data();
        float[] out = new float[batch.size() * c];
        for (int s = 0; s < batch.size(); s++) {
            int len = Math.max(1, batch.length(s));
            for (int tok = batch.start(s); tok < batch.start(s) + batch.length(s); tok++) {
                for (int j = 0; j < c; j++) {
                    out[s * c + j] += x[tok * c + j];
                }
            }
            for (int j = 0; j < c; j++) {
                out[s * c + j] /= len;
            }
        }
        Variable o = t.output(Tensor.of(out, batch.size(), c), t.records(h));
        if (o.requiresGrad()) {
            t.record(() -> {
                if (o.hasGrad()) {
                    float[] dy = o.grad();
                    float[] dx = h.grad();
                    for (int s = 0; s < batch.size(); s++) {
                        float inv = 1f / Math.max(1, batch.length(s));
                        for (int tok = batch.start(s); tok < batch.start(s) + batch.length(s); tok++) {
                            for (int j = 0; j < c; j++) {
                                dx[tok * c + j] += dy[s * c + j] * inv;
                            }
                        }
                    }
                    o.releaseGrad();
                }
            });
        }
        return o;
    }
}
