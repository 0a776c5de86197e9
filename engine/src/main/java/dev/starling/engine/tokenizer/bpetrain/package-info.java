/**
 * Training byte-level BPE vocabularies (GPT-2's scheme) for the models Starling trains itself, such
 * as the small tweet language model: the 256 byte characters, GPT-2's pre-tokeniser, a
 * deterministic incremental trainer, and an encoder/decoder for the learned merges.
 */
package dev.starling.engine.tokenizer.bpetrain;
