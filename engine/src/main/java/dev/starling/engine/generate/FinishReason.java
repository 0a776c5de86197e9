package dev.starling.engine.generate;

/** Why a generation stopped (OpenAI's {@code finish_reason}: STOP → "stop", the others → "length"). */
public enum FinishReason {
    /** The model produced an end-of-text token or the text reached a stop sequence. */
    STOP,
    /** {@link SamplingConfig#maxTokens()} tokens were generated. */
    MAX_TOKENS,
    /** The sequence reached the model's context length (or the cache's capacity). */
    CONTEXT_FULL
}
