/**
 * Tokenizers from the vocabulary stored in GGUF files ({@code tokenizer.ggml.*}): a {@link
 * dev.starling.engine.tokenizer.gguf.GgufVocab} holds the values, and {@link
 * dev.starling.engine.tokenizer.gguf.GgufTokenizerModel} maps {@code tokenizer.ggml.model} to the
 * tokenizer that runs it (byte-level BPE, SentencePiece BPE, WordPiece). Checked id for id against
 * llama.cpp's tokenizer test vectors, whose expected ids come from HuggingFace tokenizers.
 */
package dev.starling.engine.tokenizer.gguf;
