/**
 * Training byte-level BPE vocabularies (GPT-2's scheme) for the models Starling trains itself, such
 * as the small tweet language model: the 256 byte characters, a deterministic incremental trainer
 * (pre-tokenising with {@link dev.starling.engine.tokenizer.bpe.PreTokenizerType#GPT2}), and the
 * learned vocabulary as data and as tokenizer.json. Encoding and decoding are the tokenizer
 * package's ({@link dev.starling.engine.tokenizer.bpe.ByteLevelBpeTokenizer#of}).
 */
package dev.starling.engine.tokenizer.bpetrain;
