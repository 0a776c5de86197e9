/**
 * GGUF, the single-file checkpoint format of ggml and llama.cpp: magic {@code "GGUF"}, a version,
 * typed key/value metadata (architecture hyper-parameters, tokenizer vocabularies as
 * {@code tokenizer.ggml.*} arrays), tensor infos (name, dims innermost first, ggml type, offset),
 * then an aligned data section.
 *
 * <p>{@link dev.starling.engine.format.gguf.GgufFile} reads versions 2 and 3: the header is parsed
 * and validated when the file is opened (the file is untrusted input: every count and length is
 * checked against the bytes left before anything is allocated, every tensor must lie inside the
 * file at an aligned offset), tensor bytes are memory-mapped on demand. F32, F16, BF16, Q8_0 and
 * Q4_0 tensors keep their stored precision as engine storages.
 * {@link dev.starling.engine.format.gguf.GgufWriter} writes version 3 for models Starling trains;
 * a written file reads back bit-exactly. {@link dev.starling.engine.format.gguf.GgufFormat}
 * registers the reader as a {@link dev.starling.engine.format.WeightFormat}.
 */
package dev.starling.engine.format.gguf;
