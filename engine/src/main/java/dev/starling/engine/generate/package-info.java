/**
 * Text generation with causal (decoder-only) language models.
 *
 * <p>The pieces, each small and swappable:
 * <ul>
 *   <li>{@link dev.starling.engine.generate.CausalLm}: a decoder; {@code forward(tokens, pos, cache)}
 *       runs tokens at positions {@code pos…pos+T-1} against a {@link dev.starling.engine.generate.KvCache}
 *       and returns next-token logits. A prompt is fed in one call (batched prompt processing);
 *       each generated token is one more call with T = 1.</li>
 *   <li>{@link dev.starling.engine.generate.SamplingConfig}: how to pick the next token (greedy,
 *       temperature, top-k, top-p, repetition penalty, seed) and when to stop (maximum tokens,
 *       stop sequences on the decoded text, the model's end-of-text tokens).</li>
 *   <li>{@link dev.starling.engine.generate.TextCodec}: text ↔ ids for a decoder (the tokenizer plus
 *       decoding back to text and the end-of-text ids).</li>
 *   <li>{@link dev.starling.engine.generate.TextGenerator}: prompt in, {@link dev.starling.engine.generate.Generation}
 *       out, text pieces streamed to a callback as they are decoded;
 *       {@code TextGeneration.pipeline(...)} builds one.</li>
 * </ul>
 */
package dev.starling.engine.generate;
