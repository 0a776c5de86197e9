package dev.starling.engine.generate;

/**
 * The keys and values of the positions a decoder has already seen, per layer: K and V are
 * [capacity, kvDim] row-major float arrays (kvDim = kvHeads · headDim; with grouped-query
 * attention several query heads read one key/value head). Keys are stored after RoPE.
 *
 * <p>{@link #length()} positions are valid. A model writes rows {@code [pos, pos+T)} of every
 * layer during a forward pass and then calls {@link #setLength}. Not thread-safe: one sequence.
 */
public final class KvCache {
    private final float[][] keys;
    private final float[][] values;
    private final int capacity;
    private final int kvDim;
    private int length;

    /** An empty cache for {@code layers} layers of {@code capacity} rows of {@code kvDim} floats. */
    public KvCache(int layers, int capacity, int kvDim) {
        if (layers < 1 || capacity < 1 || kvDim < 1) {
            throw new IllegalArgumentException("invalid KV cache " + layers + " x " + capacity + " x " + kvDim);
        }
        if ((long) capacity * kvDim > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("KV cache layer too large: " + capacity + " x " + kvDim);
        }
        this.keys = new float[layers][capacity * kvDim];
        this.values = new float[layers][capacity * kvDim];
        this.capacity = capacity;
        this.kvDim = kvDim;
    }

    /** Keys of {@code layer}: [capacity, kvDim], rows {@code [0, length())} valid. */
    public float[] keys(int layer) {
        return keys[layer];
    }

    /** Values of {@code layer}: [capacity, kvDim], rows {@code [0, length())} valid. */
    public float[] values(int layer) {
        return values[layer];
    }

    public int layers() {
        return keys.length;
    }

    public int capacity() {
        return capacity;
    }

    public int kvDim() {
        return kvDim;
    }

    /** The number of valid positions. */
    public int length() {
        return length;
    }

    /** Marks positions {@code [0, length)} valid (shrinking drops the rest, e.g. to rewind to a shared prefix). */
    public void setLength(int length) {
        if (length < 0 || length > capacity) {
            throw new IllegalArgumentException("length " + length + " outside [0, " + capacity + "]");
        }
        this.length = length;
    }

    /** Forgets every position, keeping the memory. */
    public void clear() {
        length = 0;
    }

    /** Bytes held by the keys and values. */
    public long bytes() {
        return 8L * keys.length * capacity * kvDim;
    }
}
