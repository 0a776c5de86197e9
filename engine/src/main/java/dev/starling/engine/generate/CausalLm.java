package dev.starling.engine.generate;

/**
 * A decoder-only language model: token ids in, next-token logits out, with the keys and values of
 * earlier positions kept in a {@link KvCache} so each new token costs one pass over the weights.
 *
 * <p>Contract of {@link #forward}: the cache holds positions {@code [0, cache.length())}; the call
 * runs {@code tokens} at positions {@code pos … pos+T-1}, where {@code pos <= cache.length()}
 * (a smaller {@code pos} rewinds the cache first, dropping what came after it, e.g. to reuse a
 * shared prompt prefix), and leaves {@code cache.length() == pos + T}. Running a prompt in one
 * call (batched) and token by token give the same logits (up to float rounding; the tests state
 * the tolerance).
 *
 * <p>A model is immutable and may be shared between threads; a cache belongs to one sequence and
 * one thread at a time.
 */
public interface CausalLm extends AutoCloseable {

    /** V: the number of logits per position. */
    int vocabSize();

    /** The longest sequence the model supports (its trained context, or a smaller configured cap). */
    int contextLength();

    /** An empty cache for up to {@code capacity} positions ({@code capacity <= contextLength()}). */
    KvCache newCache(int capacity);

    /**
     * Runs {@code tokens} at positions {@code pos …} and returns the logits [V] that predict the
     * token after the last one.
     *
     * @throws IllegalArgumentException if {@code pos > cache.length()}, the tokens do not fit in the
     *                                  cache, or an id is outside {@code [0, vocabSize())}
     */
    float[] forward(int[] tokens, int pos, KvCache cache);

    /**
     * As {@link #forward}, but returns the logits of every position, [T, V] row-major: row t
     * predicts the token after {@code tokens[t]} (for scoring a continuation's log-probability).
     */
    float[] forwardAll(int[] tokens, int pos, KvCache cache);

    /** Bytes of weights read to produce one token (every matrix once): the bandwidth floor's numerator. */
    long weightBytes();

    /** Releases memory-mapped weights, if any. The default does nothing. */
    @Override
    default void close() {
    }
}
