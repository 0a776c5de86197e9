package dev.starling.engine.generate;

import java.util.function.Consumer;

/**
 * Prompt in, continuation out. Implementations are safe to share between threads (each call has
 * its own cache and random state).
 */
public interface TextGenerator {

    /**
     * Continues {@code prompt}, handing each newly decoded piece of text to {@code onToken} as soon
     * as it is known (a piece is held back while it could still be the start of a stop sequence or
     * ends inside a UTF-8 character). The pieces concatenate to {@link Generation#text()}.
     * An exception thrown by {@code onToken} (e.g. the client went away) stops generation and
     * propagates.
     */
    Generation generate(String prompt, SamplingConfig config, Consumer<String> onToken);

    default Generation generate(String prompt, SamplingConfig config) {
        return generate(prompt, config, piece -> {
        });
    }

    /** With {@link SamplingConfig#defaults()}. */
    default Generation generate(String prompt) {
        return generate(prompt, SamplingConfig.defaults());
    }

    /** The number of ids {@code text} encodes to as a prompt (for context budgets and usage counts). */
    int countTokens(String text);

    /** The model's context length in tokens (prompt plus continuation). */
    int contextLength();
}
