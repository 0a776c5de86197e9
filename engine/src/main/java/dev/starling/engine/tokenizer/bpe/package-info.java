/**
 * Tokenizers of generative language models: byte-level BPE (GPT-2, Llama 3, Qwen2, StarCoder,
 * DeepSeek, Falcon) and SentencePiece BPE with byte fallback (Llama 2, TinyLlama, Phi-3), both
 * {@link dev.starling.engine.tokenizer.bpe.LmTokenizer}s with decoding.
 *
 * <p>The pieces: a {@link dev.starling.engine.tokenizer.bpe.Vocabulary} (text, type, score per id),
 * the per-family pre-tokenizers ({@link dev.starling.engine.tokenizer.bpe.PreTokenizerType}, one typed
 * registry of regex sequences), and one merge loop ({@code PairMerger}) that both models share: BPE
 * merges the pair of lowest rank, SentencePiece the pair whose piece has the highest score.
 */
package dev.starling.engine.tokenizer.bpe;
