/**
 * Tokenizers: text to the token ids a Transformer was trained on, loaded from HuggingFace
 * tokenizer.json files and checked id-for-id against the HuggingFace {@code tokenizers} library.
 *
 * <p>{@link dev.starling.engine.tokenizer.Tokenizer} is the API the rest of the engine uses;
 * {@link dev.starling.engine.tokenizer.WordPieceTokenizer} implements it for BERT-family models
 * (MiniLM, BGE, …) as HF's pipeline of small steps: added-token matching, {@code BertNormalizer},
 * {@code BertPreTokenizer}, the {@code WordPiece} model, truncation and the special-token template.
 *
 * <p>Generative models' tokenizers live in subpackages: {@code bpe} (byte-level BPE for GPT-2, Llama 3,
 * Qwen2 …; SentencePiece BPE with byte fallback for Llama 2 / TinyLlama / Phi-3; both with decoding),
 * {@code gguf} (any of these, or WordPiece, from a GGUF file's {@code tokenizer.ggml.*} metadata),
 * {@code chat} (ChatML / Llama 3 / Zephyr prompt rendering) and {@code bpetrain} (learning our own
 * byte-level vocabulary).
 *
 * <p>Exactness is the point: an id that differs from the reference changes every embedding downstream,
 * silently. Hence the Unicode classes are frozen at the reference's Unicode version
 * ({@code UnicodeTables}) instead of the JVM's, and the test suite compares against the native HF
 * library on a few hundred social-media posts and on every Unicode code point.
 */
package dev.starling.engine.tokenizer;
