/**
 * Minimal JSON reading and writing for the engine: tokenizer.json, safetensors headers,
 * model config files and JSONL output. Strict (RFC 8259), no reflection, no dependencies.
 */
package dev.starling.engine.json;
