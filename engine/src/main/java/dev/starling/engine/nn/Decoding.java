package dev.starling.engine.nn;

import dev.starling.engine.generate.KvCache;

/** Argument checks and small row helpers shared by the decoder families. */
public final class Decoding {
    private Decoding() {
    }

    /** Validates a {@code forward(tokens, pos, cache)} call against the model and its cache. */
    public static void check(int[] tokens, int pos, KvCache cache, int vocab, int layers, int kvDim) {
        if (tokens.length == 0) {
            throw new IllegalArgumentException("no tokens to run");
        }
        if (cache.layers() != layers || cache.kvDim() != kvDim) {
            throw new IllegalArgumentException("the cache was made for another model");
        }
        if (pos < 0 || pos > cache.length()) {
            throw new IllegalArgumentException("position " + pos + " but the cache holds " + cache.length() + " positions");
        }
        if (pos + tokens.length > cache.capacity()) {
            throw new IllegalArgumentException(pos + tokens.length + " positions exceed the cache capacity " + cache.capacity());
        }
        for (int id : tokens) {
            if (id < 0 || id >= vocab) {
                throw new IllegalArgumentException("token id " + id + " outside [0, " + vocab + ")");
            }
        }
    }

    /** An empty cache of {@code capacity} positions for a model of {@code context} positions. */
    public static KvCache newCache(int capacity, int context, int layers, int kvDim) {
        if (capacity < 1 || capacity > context) {
            throw new IllegalArgumentException("cache capacity " + capacity + " outside [1, " + context + "]");
        }
        return new KvCache(layers, capacity, kvDim);
    }

    /** The logits [V] of the last of {@code t} hidden rows x [T, C]: the next token's. */
    public static float[] lastLogits(dev.starling.engine.ops.Kernels kernels, Projection output, float[] x, int t, int c) {
        float[] last = java.util.Arrays.copyOfRange(x, (t - 1) * c, t * c);
        float[] logits = new float[output.out()];
        output.apply(kernels, last, 1, logits);
        return logits;
    }

    /** The logits [T, V] of every hidden row x [T, C]. */
    public static float[] allLogits(dev.starling.engine.ops.Kernels kernels, Projection output, float[] x, int t) {
        float[] logits = new float[t * output.out()];
        output.apply(kernels, x, t, logits);
        return logits;
    }

    /** y[r] += bias for {@code rows} rows of bias.length floats. */
    public static void addBias(float[] y, int rows, float[] bias) {
        int n = bias.length;
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < n; j++) {
                y[r * n + j] += bias[j];
            }
        }
    }
}
