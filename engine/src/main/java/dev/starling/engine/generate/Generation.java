package dev.starling.engine.generate;

/**
 * The result of one generation.
 *
 * @param text         the continuation (without the prompt), cut before any stop sequence
 * @param tokenIds     the generated ids, including an end-of-text id if one ended the text
 * @param promptTokens how many ids the prompt encoded to
 * @param finish       why generation stopped
 * @param nanos        wall time of the whole call: prompt processing plus decoding
 */
public record Generation(String text, int[] tokenIds, int promptTokens, FinishReason finish, long nanos) {

    /** Generated tokens per second over the whole call. */
    public double tokensPerSecond() {
        return nanos == 0 ? 0 : tokenIds.length * 1e9 / nanos;
    }

    @Override
    public String toString() {
        return text;
    }
}
